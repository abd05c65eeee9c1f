// The runtime messages the code localizes: every `l10n.t(...)` / `vscode.l10n.t(...)` call in the
// given TypeScript files, and every `userText(...)` template (src/api/userText.ts: src/api's
// messages, shown through l10n.t by src/platform/apiText.ts), read with the TypeScript compiler's
// parser (not a pattern match), keyed the way VS Code looks them up in
// l10n/bundle.l10n.<locale>.json: the message itself, or `message/comment` for the object form.
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

export interface L10nMessages {
  /** Bundle key → where it is used ("file:line"). */
  readonly keys: ReadonlyMap<string, readonly string[]>;
  /** Bundle key → the message alone (a key can hold a translator's comment, braces and all). */
  readonly messages: ReadonlyMap<string, string>;
  /** Calls whose message is not a literal, so no bundle can hold it, and `l10n.t` taken aside
   *  (`const t = l10n.t`), whose calls cannot be found ("file:line"). */
  readonly nonLiteral: readonly string[];
}

export function l10nMessages(files: readonly string[], root: string): L10nMessages {
  const keys = new Map<string, string[]>();
  const messages = new Map<string, string>();
  const nonLiteral: string[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && (isL10nT(node.expression) || isUserText(node.expression))) {
        const where = `${path.relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        const found = node.arguments[0] ? bundleKey(node.arguments[0]) : undefined;
        if (found === undefined) nonLiteral.push(where);
        else {
          keys.set(found.key, [...(keys.get(found.key) ?? []), where]);
          messages.set(found.key, found.message);
        }
      } else if (ts.isPropertyAccessExpression(node) && isL10nT(node) && !(ts.isCallExpression(node.parent) && node.parent.expression === node)) {
        nonLiteral.push(`${path.relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { keys, messages, nonLiteral };
}

/** The TypeScript files under `dirs`, recursively. */
export function typeScriptFiles(dirs: readonly string[]): string[] {
  return dirs.flatMap((dir) =>
    fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
      .map((name) => path.join(dir, name)),
  );
}

/** `l10n.t` and `vscode.l10n.t`: a property `t` read from something named `l10n`. */
function isL10nT(callee: ts.Expression): boolean {
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 't') return false;
  const owner = callee.expression;
  return (ts.isIdentifier(owner) && owner.text === 'l10n') || (ts.isPropertyAccessExpression(owner) && owner.name.text === 'l10n');
}

function isUserText(callee: ts.Expression): boolean {
  return ts.isIdentifier(callee) && callee.text === 'userText';
}

function bundleKey(argument: ts.Expression): { key: string; message: string } | undefined {
  const literal = literalText(argument);
  if (literal !== undefined) return { key: literal, message: literal };
  if (!ts.isObjectLiteralExpression(argument)) return undefined;
  const message = literalText(property(argument, 'message'));
  if (message === undefined) return undefined;
  const comment = property(argument, 'comment');
  if (comment === undefined) return { key: message, message };
  const parts = comment && ts.isArrayLiteralExpression(comment) ? comment.elements.map(literalText) : [literalText(comment)];
  return parts.every((part) => part !== undefined) ? { key: `${message}/${parts.join('')}`, message } : undefined;
}

function property(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const member of object.properties) {
    if (ts.isPropertyAssignment(member) && ts.isIdentifier(member.name) && member.name.text === name) return member.initializer;
  }
  return undefined;
}

function literalText(node: ts.Expression | undefined): string | undefined {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}
