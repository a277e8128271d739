import { useTranslation } from 'react-i18next';
import { SearchBox } from '@/features/search/components/search-box';
import { useAppStore } from '@/store/app-store';

export function Header() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  return (
    <header className="top">
      <div>
        <h1>{t('title')}</h1>
        <p className="subtitle">{t('subtitle')}</p>
      </div>
      <SearchBox />
      <button
        type="button"
        className="lang"
        data-testid="lang-switch"
        lang={lang === 'zh' ? 'en' : 'zh-CN'}
        onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
      >
        {t('switchTo')}
      </button>
    </header>
  );
}
