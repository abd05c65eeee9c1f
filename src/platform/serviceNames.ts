// The two services Synapse Lens talks to, as messages name them.

export type Service = 'sandbox' | 'patsnap';

export const SERVICE_NAMES: Readonly<Record<Service, string>> = { sandbox: 'the sandbox', patsnap: 'PatSnap' };
