import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { mergeMessages } from './merge';

/** One file of messages per area of the application in each language (`ja/<area>.json`, `en/<area>.json`): areas are edited apart. */
const ja = mergeMessages(import.meta.glob<Record<string, unknown>>('./ja/*.json', { eager: true, import: 'default' }));
const en = mergeMessages(import.meta.glob<Record<string, unknown>>('./en/*.json', { eager: true, import: 'default' }));

export const LANGUAGES = ['ja', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'registry.language';

/** Japanese first; the choice of English is remembered (a preference, never a credential). */
function initialLanguage(): Language {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'ja';
}

void i18n.use(initReactI18next).init({
  resources: { ja: { translation: ja }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  localStorage.setItem(STORAGE_KEY, lng);
});

export default i18n;
