/**
 * The URL as a normalized https URL, or undefined. Links in API answers are opened in the user's
 * browser, so anything but https (javascript:, file:, command:, plain http) is refused.
 */
export function safeHttpsUrl(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'https:' && url.hostname.length > 0 ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

/** https://doi.org/<doi>, keeping the DOI's slashes but escaping everything else in it. */
export function doiUrl(doi: string | undefined): string | undefined {
  const trimmed = doi?.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:)/i, '');
  if (!trimmed) return undefined;
  return safeHttpsUrl(`https://doi.org/${trimmed.split('/').map(encodeURIComponent).join('/')}`);
}
