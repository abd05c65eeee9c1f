// The pages' "CommonName" is a list of {lang, name}. The examples list EN first in some places and
// CN first in others (B007's drug_name example is CN then EN), so callers choose the order and
// clients meet both; an empty translation is left out rather than sent as "".
import type { BilingualName } from './catalogTypes';

export interface LangName {
  readonly lang: 'EN' | 'CN';
  readonly name: string;
}

export function commonName(name: BilingualName, cnFirst = false): LangName[] {
  const en: LangName[] = name.en ? [{ lang: 'EN', name: name.en }] : [];
  const cn: LangName[] = name.cn ? [{ lang: 'CN', name: name.cn }] : [];
  return cnFirst ? [...cn, ...en] : [...en, ...cn];
}
