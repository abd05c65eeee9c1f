// Lint rules, including the architecture rules: the core (api, chem, sandbox) never touches the
// VS Code API, and the sandbox never reads the client's code (it is a second reading of the pages).
import tseslint from 'typescript-eslint';

const noVscode = {
  name: 'vscode',
  message: 'src/api, src/chem and src/sandbox run in plain Node: no vscode import here.',
};

// RDKit can trap or spin on a hostile structure, so it runs only in its worker thread.
const rdkitOnlyInWorker = {
  group: ['**/rdkitCalls'],
  message: 'RDKit runs only in its worker (src/chem/chemWorker.ts); the host asks src/chem/rdkit.ts.',
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', '.vscode-test/**', 'test-results/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [rdkitOnlyInWorker] }] },
  },
  {
    files: ['src/api/**/*.ts', 'src/chem/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noVscode], patterns: [rdkitOnlyInWorker] }] },
  },
  {
    files: ['src/chem/chemWorker.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noVscode] }] },
  },
  {
    files: ['src/sandbox/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noVscode],
          patterns: [{ group: ['**/api', '**/api/**'], message: 'The sandbox reads the pages on its own: nothing from src/api.' }],
        },
      ],
    },
  },
  {
    files: ['webview/**/*.ts'],
    rules: {
      // A panel runs in the page: it shares only the protocol with the host, and libraries (@vscode/l10n, the elements).
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'A webview has no vscode API: it talks to the host through webview/common/host.ts.' }],
          patterns: [{ group: ['**/src/*', '!**/src/protocol'], message: 'A webview imports only src/protocol and libraries.' }],
        },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render API strings as text (textContent), never markup.' },
        { property: 'outerHTML', message: 'Render API strings as text (textContent), never markup.' },
        { property: 'insertAdjacentHTML', message: 'Render API strings as text (textContent), never markup.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        {
          selector: "AssignmentExpression[left.property.name='textContent']",
          message: 'Put text in with setText (webview/common/dom.ts): it drops bidi and invisible characters.',
        },
      ],
    },
  },
  {
    files: ['webview/common/dom.ts'],
    rules: { 'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }] },
  },
);
