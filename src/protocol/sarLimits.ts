// Limits of the SAR panel's messages, in a file of their own so the webview can use them without
// bundling zod (sar.ts builds the host's schemas from them).

/** Drawings asked for in one request; the webview asks for the visible rows only. */
export const SAR_DRAWING_BATCH_MAX = 100;
/** Longer SMILES are refused by the schema (and never drawn): no real compound row needs more. */
export const SAR_SMILES_MAX = 4000;
