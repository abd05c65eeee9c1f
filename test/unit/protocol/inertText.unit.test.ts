import * as assert from 'node:assert/strict';
import {
  iconFreeText, inertText, LABEL_MAX, labelText, markdownText, NOTIFICATION_MAX, notificationText, TOOLTIP_MAX, tooltipText, webviewText,
} from '../../../src/protocol/inertText';
import { BIDI, COMMAND_LINK, CONTROLS, HIDDEN_OR_CONTROL, HOSTILE_TEXT, ICON, LIVE_ICON, LIVE_LINK, LONG, ZERO_WIDTH } from '../../support/hostileText';

describe('inert text for display', () => {
  it('drops bidi controls, so "\\u202Eevil" reads evil, not live', () => {
    assert.equal(inertText(BIDI), 'evil bidi mark arabic');
  });

  it('drops zero-width and other invisible characters', () => {
    assert.equal(inertText(ZERO_WIDTH), 'zerowidthjointext');
    assert.equal(inertText('tag\u{E0041}\u{E0042}s and soft\u00ADhyphen'), 'tags and softhyphen');
  });

  it('shows control characters as spaces; keeps line feeds and tabs only where the surface has lines', () => {
    const one = inertText(CONTROLS);
    assert.doesNotMatch(one, HIDDEN_OR_CONTROL);
    assert.doesNotMatch(one, /\n/);
    assert.match(one, /^bell {2}escape \[31m c1 {3}next line sep$/);
    const lines = inertText('a\r\nb\tc\u2029d', { multiline: true });
    assert.equal(lines, 'a\nb\tc\nd');
  });

  it('leaves ordinary text of any script alone', () => {
    for (const text of ['Pembrolizumab (Keytruda®)', '帕博利珠单抗', 'Ácido acetilsalicílico', 'CC(=O)Oc1ccccc1C(=O)O', 'אספירין', 'أسبرين']) {
      assert.equal(inertText(text), text);
    }
  });

  it('cuts very long text with an ellipsis, never inside a surrogate pair', () => {
    assert.equal(labelText(LONG).length, LABEL_MAX);
    assert.ok(labelText(LONG).endsWith('…'));
    assert.equal(notificationText(LONG).length, NOTIFICATION_MAX);
    assert.equal(tooltipText(LONG).length, TOOLTIP_MAX);
    const emoji = '😀'.repeat(300);
    const cut = labelText(emoji);
    assert.ok(cut.length <= LABEL_MAX);
    assert.doesNotMatch(cut, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/, 'no lone high surrogate');
    assert.equal(webviewText(LONG), LONG, 'a page lays out long text itself');
  });

  it('breaks notification links, which VS Code would render live', () => {
    const text = notificationText(`Failed: ${COMMAND_LINK} or [y](https://evil.example) or [z](file:///etc/passwd)`);
    assert.doesNotMatch(text, LIVE_LINK);
    assert.match(text, /\[x\] \(command:workbench\.action\.terminal\.new\)/, 'still readable');
  });

  it('escapes $(icon) for the surfaces that draw icons (quick picks, status bar)', () => {
    assert.equal(iconFreeText(`${ICON} danger $(sync~spin)`), '\\$(alert) danger \\$(sync~spin)');
    assert.doesNotMatch(iconFreeText(ICON), LIVE_ICON);
    assert.equal(iconFreeText('costs $(5)'), 'costs \\$(5)');
    assert.equal(iconFreeText('$ (not an icon)'), '$ (not an icon)');
  });

  it('escapes Markdown so no link, image, HTML, icon or block can form', () => {
    const md = markdownText(`${COMMAND_LINK} ![i](http://e/x) <img src=x onerror=alert(1)> ${ICON}\n# heading`);
    assert.doesNotMatch(md, LIVE_LINK);
    assert.doesNotMatch(md, /(?<!\\)</);
    assert.doesNotMatch(md, LIVE_ICON);
    assert.doesNotMatch(md, /\n/);
    assert.equal(markdownText('a*b_c`d'), 'a\\*b\\_c\\`d');
  });

  it('makes every string of the hostile corpus inert on every text surface', () => {
    for (const text of HOSTILE_TEXT) {
      for (const shown of [notificationText(text), labelText(text), tooltipText(text), iconFreeText(text), markdownText(text), webviewText(text)]) {
        assert.doesNotMatch(shown, HIDDEN_OR_CONTROL, JSON.stringify(shown.slice(0, 60)));
      }
      assert.doesNotMatch(notificationText(text), LIVE_LINK);
      assert.doesNotMatch(markdownText(text), LIVE_LINK);
      assert.doesNotMatch(iconFreeText(text), LIVE_ICON);
    }
  });
});
