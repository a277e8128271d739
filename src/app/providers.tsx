import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '@/i18n/i18n';
import { useAppStore } from '@/store/app-store';

/** Query cache and i18n; the language follows the store and sets <html lang>. */
export function AppProviders({ children, queryClient }: { children: ReactNode; queryClient: QueryClient }) {
  const lang = useAppStore((s) => s.lang);
  const [i18n] = useState(() => createI18n(lang));
  useEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    // The title is the page's (app.tsx: usePageTitle).
  }, [i18n, lang]);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    </QueryClientProvider>
  );
}
