// The bounds the client enforces on what it sends and what it accepts. The pages state none of
// these; each is chosen well above anything the pages show, and docs/api-contract.md ("Limits the
// client enforces") gives the reason for each number. A request past a bound is refused before any I/O ('invalid'); an answer
// past one is refused as 'bad-response'.

/** Longest ID sent or accepted. The pages' longest are 36-character UUIDs (country, patent IDs). */
export const ID_MAX_LENGTH = 128;

/** Most IDs in one filter list (B007 filter values, B074 ID lists). */
export const FILTER_LIST_MAX = 100;

/** Longest file name of a PDF sent for SAR extraction (most file systems' own limit). */
export const FILE_NAME_MAX_LENGTH = 255;

/** Deepest nesting accepted in an answer's `data`; the deepest documented answer (SAR detail) nests 6. */
export const ANSWER_MAX_DEPTH = 32;

/** Longest token accepted from the token endpoint; it goes into every Authorization header. */
export const TOKEN_MAX_LENGTH = 4_096;

/** Longest token lifetime honoured (seconds); the documented one is 30 minutes. */
export const TOKEN_MAX_TTL_S = 86_400;

/**
 * How long an answer that needed absent or null fields filled in with defaults is cached, at most:
 * such an answer may come from a server having a bad moment, and should not stand for the whole
 * cache lifetime (5 minutes by default).
 */
export const FILLED_IN_ANSWER_TTL_MS = 30_000;

/** Object keys that can reach a prototype when an answer is copied or merged; refused anywhere. */
export const HOSTILE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** C0/C1 controls, format characters (bidi overrides, zero-width), line and paragraph separators. */
export const CONTROL_OR_FORMAT = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
