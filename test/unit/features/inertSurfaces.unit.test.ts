// Text from PatSnap or a file on every VS Code surface that shows it: notifications, tree labels,
// descriptions and tooltips, quick picks and the status bar (hovers: hoverProvider.unit.test.ts;
// webviews: test/unit/webview/*). Each gets the hostile corpus and must show it as inert text.
import * as assert from 'node:assert/strict';
import type * as vscodeTypes from 'vscode';
import { errorFromCode } from '../../../src/api/errorCodes';
import type { App } from '../../../src/app';
import type * as DrugCommands from '../../../src/features/drugs/commands';
import type { DrugsNode } from '../../../src/features/drugs/drugsTree';
import { newSearch } from '../../../src/features/drugs/savedSearches';
import type * as StatusBar from '../../../src/features/account/statusBar';
import type * as SavedSearchTreeModule from '../../../src/features/shared/savedSearchTree';
import type * as LiteratureTreeModule from '../../../src/features/literature/literatureTree';
import type * as SarTreeModule from '../../../src/features/sar/sarTree';
import type * as ErrorNotifications from '../../../src/platform/errorNotifications';
import type * as InertSurfaces from '../../../src/platform/inertSurfaces';
import type { Paper } from '../../../src/api';
import { LABEL_MAX } from '../../../src/protocol/inertText';
import { sandboxSamples } from '../../../src/sandbox/samples';
import { drugsTreeOver } from '../../support/drugsTree';
import { fakeApp } from '../../support/fakeApp';
import { FakeTimer } from '../../support/fakeTimer';
import { fakeLogChannel, installFakeVscode } from '../../support/fakeVscode';
import { BIDI, COMMAND_LINK, HIDDEN_OR_CONTROL, HOSTILE_TEXT, ICON, LIVE_ICON, LIVE_LINK, LONG, ZERO_WIDTH } from '../../support/hostileText';
import { sandboxWithClient } from '../../support/sandboxClient';
import { drug, milestone } from './drugs/builders';

const fake = installFakeVscode();
/* eslint-disable @typescript-eslint/no-require-imports -- loaded after the fake: they import 'vscode' */
const { showApiError } = require('../../../src/platform/errorNotifications') as typeof ErrorNotifications;
const { inertPickItem, showErrorNotification, showInfoNotification, showWarningNotification } = require('../../../src/platform/inertSurfaces') as typeof InertSurfaces;
const { copyId } = require('../../../src/features/drugs/commands') as typeof DrugCommands;
const { serviceLabel } = require('../../../src/features/account/statusBar') as typeof StatusBar;
const { SavedSearchTree } = require('../../../src/features/shared/savedSearchTree') as typeof SavedSearchTreeModule;
const { literatureTreeConfig } = require('../../../src/features/literature/literatureTree') as typeof LiteratureTreeModule;
const { sarTreeConfig } = require('../../../src/features/sar/sarTree') as typeof SarTreeModule;
/* eslint-enable @typescript-eslint/no-require-imports */

/** Every hostile string glued into one name, as a server could send it. */
const ALL = HOSTILE_TEXT.filter((t) => t !== LONG).join(' ');

function assertPlainLine(text: unknown, what: string): void {
  assert.equal(typeof text, 'string', what);
  const line = text as string;
  assert.doesNotMatch(line, HIDDEN_OR_CONTROL, `${what}: nothing hidden or reordering`);
  assert.doesNotMatch(line, /\n/, `${what}: one line`);
  assert.ok(line.length <= LABEL_MAX, `${what}: ${line.length} characters`);
}

function assertInertMarkdown(tooltip: unknown, what: string): void {
  const md = tooltip as { value: string; isTrusted: unknown; supportThemeIcons: unknown; supportHtml: unknown };
  assert.equal(typeof md.value, 'string', `${what}: a MarkdownString`);
  assert.equal(md.isTrusted, false, `${what}: untrusted`);
  assert.equal(md.supportThemeIcons, false, `${what}: no icons`);
  assert.equal(md.supportHtml, false, `${what}: no HTML`);
  assert.doesNotMatch(md.value, LIVE_LINK, `${what}: no link`);
  assert.doesNotMatch(md.value, HIDDEN_OR_CONTROL, `${what}: nothing hidden`);
}

describe('untrusted text on VS Code surfaces', () => {
  beforeEach(() => fake.reset());

  describe('notifications', () => {
    it('show an unlisted error code as a fixed message with Show Log; the server text goes only to the log', async () => {
      const log = fakeLogChannel();
      const error = errorFromCode(12345, { path: '/synapse/drug/search', httpStatus: 200, serverMessage: `[run](command:workbench.action.terminal.new) ${BIDI}` });
      showApiError(error, log as unknown as vscodeTypes.LogOutputChannel);
      const [shown] = fake.messages;
      assert.equal(shown?.text, 'PatSnap answered with error code 12345 (not one Synapse Lens knows). Details are in the log.');
      assert.deepEqual(shown?.actions, ['Show Log']);
      assert.match(log.lines.join('\n'), /12345.*\[run\]\(command:workbench\.action\.terminal\.new\)/, 'the log keeps what the server said');
    });

    it('break links and drop hidden characters in any message, ours or not', async () => {
      showApiError(new Error(`boom ${ALL}`), fakeLogChannel() as unknown as vscodeTypes.LogOutputChannel);
      await showErrorNotification(`e ${ALL}`);
      await showWarningNotification(`w ${ALL}`);
      await showInfoNotification(`i ${LONG}`);
      assert.equal(fake.messages.length, 4);
      for (const { text } of fake.messages) {
        assert.doesNotMatch(text, LIVE_LINK);
        assert.doesNotMatch(text, HIDDEN_OR_CONTROL);
        assert.ok(text.length <= 500, `${text.length} characters`);
      }
      assert.match(fake.messages[0]?.text ?? '', /boom \[x\] \(command:/, 'still readable');
    });

    it('speak of the API key to an API key user', () => {
      const error = errorFromCode(67200008, { credentialKind: 'apiKey' });
      showApiError(error, fakeLogChannel() as unknown as vscodeTypes.LogOutputChannel);
      assert.match(fake.messages[0]?.text ?? '', /API key/);
      assert.doesNotMatch(fake.messages[0]?.text ?? '', /client/i);
      assert.deepEqual(fake.messages[0]?.actions, ['Set Credentials', 'Show Log']);
    });
  });

  describe('tree items', () => {
    it('Drugs: labels, descriptions and tooltips of server names are one visible line / visible text', async () => {
      const hostile = drug(1, { names: [{ lang: 'EN', name: `${ALL} ${LONG}` }, { lang: 'CN', name: ZERO_WIDTH }],
        types: [{ id: 'f'.repeat(32), names: [{ lang: 'EN', name: `${COMMAND_LINK}${BIDI}` }] }] });
      const client = {
        searchDrugs: () => Promise.resolve({ items: [hostile], total: 1, offset: 0, limit: 10, totalDevStatus: undefined }),
        getDrugMilestones: () => Promise.resolve({ items: [milestone({ status: { id: 'b'.repeat(32), names: [{ lang: 'EN', name: BIDI }] }, diseases: [{ id: 'a'.repeat(32), names: [{ lang: 'EN', name: ALL }] }] })], total: 1 }),
      };
      const search = newSearch({}, `saved ${BIDI}`);
      const { tree } = drugsTreeOver(client, [search], 10);
      const [root] = await tree.getChildren();
      const drugs = await tree.getChildren(root);
      const nodes: DrugsNode[] = [root as DrugsNode, ...drugs];
      for (const drugNode of drugs) {
        const below = await tree.getChildren(drugNode);
        nodes.push(...below);
        for (const child of below) nodes.push(...(await tree.getChildren(child)));
      }
      assert.ok(nodes.some((n) => n.kind === 'child' && n.value.kind === 'milestone'), 'milestones reached');
      for (const node of nodes) {
        const item = tree.getTreeItem(node);
        assertPlainLine(item.label, `${node.kind} label`);
        if (item.description !== undefined) assertPlainLine(item.description, `${node.kind} description`);
        assert.doesNotMatch(String(item.tooltip), HIDDEN_OR_CONTROL, `${node.kind} tooltip`);
      }
      assert.match(String(tree.getTreeItem(drugs[0] as DrugsNode).label), /^\[x\]\(command:workbench\.action\.terminal\.new\) \$\(alert\) evil bidi/, 'text kept, in reading order');
    });

    it('Literature: a paper\'s label is a plain line and its Markdown tooltip is escaped and untrusted', async () => {
      const paper: Paper = {
        id: 'p1', doi: `10.1/${BIDI}`, title: `${ALL} ${LONG}`, authors: [COMMAND_LINK, ICON], pubmedUrls: [], sourceUrl: undefined,
        docType: '<img src=x onerror=alert(1)>', epubDate: undefined, publishedDate: '2020-01-01', institutions: [],
        publication: `${ICON}${BIDI}`, abstractText: `${COMMAND_LINK}\n# heading ${ZERO_WIDTH}`, structureCount: 1,
      };
      const client = { searchChemicalPapers: () => Promise.resolve({ items: [paper], total: 1, page: 1, rows: 20 }) };
      const { app } = fakeApp(() => client as never);
      const tree = new SavedSearchTree(app, literatureTreeConfig);
      const search = await tree.add({ kind: 'inchiKeyId', value: `KEY${BIDI}` });
      const [result] = (await tree.getChildren(search)).filter((n) => n.kind === 'result');
      assert.ok(result, 'a paper row');
      for (const node of [search, result]) {
        const item = tree.getTreeItem(node);
        assertPlainLine(item.label, 'label');
        assertPlainLine(item.description, 'description');
        assertInertMarkdown(item.tooltip, 'tooltip');
      }
      const tooltip = (tree.getTreeItem(result).tooltip as { value: string }).value;
      assert.doesNotMatch(tooltip, /(?<!\\)</, 'no HTML');
      assert.doesNotMatch(tooltip, /\n# heading/, 'no block from the abstract');
      assert.doesNotMatch(tooltip, LIVE_ICON);
    });

    it('SAR: a task labelled from a file name shows it inert in label and Markdown tooltip', async () => {
      const env = await sandboxWithClient();
      try {
        const { app } = fakeApp(() => env.client);
        const tree = new SavedSearchTree(app, sarTreeConfig(app, new FakeTimer()));
        await tree.add({ id: sandboxSamples().sarTasks.success, label: `${ALL}.pdf` });
        const [task] = await tree.getChildren();
        assert.ok(task);
        const item = tree.getTreeItem(task);
        assertPlainLine(item.label, 'task label');
        assertInertMarkdown(item.tooltip, 'task tooltip');
        for (const file of await tree.getChildren(task)) assertInertMarkdown(tree.getTreeItem(file).tooltip, 'file tooltip');
        tree.dispose();
      } finally {
        await env.close();
      }
    });
  });

  describe('quick picks and the status bar', () => {
    it('quick pick items built from server names draw no icon of their own', () => {
      const item = inertPickItem({ label: `${ICON} ${BIDI}`, description: `${ICON}${ZERO_WIDTH}`, detail: ALL, id: 'x' });
      for (const text of [item.label, item.description, item.detail]) {
        assert.doesNotMatch(text ?? '', LIVE_ICON);
        assert.doesNotMatch(text ?? '', HIDDEN_OR_CONTROL);
      }
      assert.equal(item.label, '\\$(alert) evil bidi mark arabic');
      assert.equal(item.id, 'x', 'the rest of the item is kept');
    });

    it('Copy ID offers a milestone\'s entities with their server names made inert', async () => {
      const app = { settings: () => ({ language: 'EN' }) } as unknown as App;
      const hostile = milestone({ diseases: [{ id: 'a'.repeat(32), names: [{ lang: 'EN', name: `${ICON} ${BIDI}` }] }] });
      await copyId(app)({ kind: 'child', value: { kind: 'milestone', milestone: hostile }, key: '0', parent: {}, search: {} });
      const items = fake.quickPicks[0]?.items as { label: string }[] | undefined;
      assert.ok(items && items.length > 1);
      for (const { label } of items) {
        assert.doesNotMatch(label, LIVE_ICON);
        assert.doesNotMatch(label, HIDDEN_OR_CONTROL);
      }
    });

    it('the status bar tooltip shows a base URL from a settings file as text', () => {
      const label = serviceLabel({ kind: 'patsnap', baseUrl: `https://evil.example/${ICON}${BIDI}`, signedIn: true });
      assert.doesNotMatch(label.tooltip, LIVE_ICON);
      assert.doesNotMatch(label.tooltip, HIDDEN_OR_CONTROL);
      assert.equal(label.text, '$(cloud) PatSnap', 'our own icon stays');
    });
  });
});
