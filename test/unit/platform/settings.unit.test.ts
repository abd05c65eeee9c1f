import * as assert from 'node:assert/strict';
import type * as SettingsModule from '../../../src/platform/settings';
import { installFakeVscode } from '../../support/fakeVscode';

const fake = installFakeVscode();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { dataLanguage, readSettings } = require('../../../src/platform/settings') as typeof SettingsModule;

describe('Settings: the data language follows VS Code’s display language unless the user chose one', () => {
  const env = fake.module.env as { language: string };
  afterEach(() => {
    env.language = 'en';
    fake.reset();
  });

  it('shows Chinese names in a Chinese VS Code and English names in any other, when nothing is set', () => {
    for (const [display, expected] of [['zh-cn', 'CN'], ['zh-tw', 'CN'], ['zh', 'CN'], ['en', 'EN'], ['de', 'EN'], ['ja', 'EN']] as const) {
      env.language = display;
      assert.equal(readSettings().language, expected, display);
    }
  });

  it('treats "auto" (the default in package.json) as following VS Code', () => {
    fake.settings.set('synapseLens.displayLanguage', 'auto');
    env.language = 'zh-cn';
    assert.equal(readSettings().language, 'CN');
    env.language = 'en';
    assert.equal(readSettings().language, 'EN');
  });

  it('keeps the user’s explicit choice whatever VS Code’s language', () => {
    fake.settings.set('synapseLens.displayLanguage', 'EN');
    env.language = 'zh-cn';
    assert.equal(readSettings().language, 'EN');
    fake.settings.set('synapseLens.displayLanguage', 'CN');
    env.language = 'en';
    assert.equal(readSettings().language, 'CN');
  });

  it('does not take a language that merely starts with the letters z and h for Chinese', () => {
    assert.equal(dataLanguage(undefined, 'zhx'), 'EN');
    assert.equal(dataLanguage('nonsense', 'zh-CN'), 'CN');
  });
});
