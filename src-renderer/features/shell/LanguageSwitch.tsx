/** Deutsch / English, everywhere in the frame and before sign-in. */
import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../src-shared/countries';
import { useSessionStore } from '../auth/store';

export function LanguageSwitch({ size = 'sm' }: { size?: 'xs' | 'sm' | 'md' }) {
  const { t, i18n } = useTranslation();
  const chooseLanguage = useSessionStore((s) => s.chooseLanguage);
  return (
    <SegmentedControl
      size={size}
      aria-label={t('language.label')}
      value={i18n.language}
      onChange={(value) => void chooseLanguage(value as Language)}
      data={LANGUAGES.map((lang) => ({ value: lang, label: t(`language.${lang}`) }))}
    />
  );
}
