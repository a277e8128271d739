import { useTranslation } from 'react-i18next';

/** The status formula in words, next to the chain it colours (same rule as model/chain-status.ts). */
export function HowComputed() {
  const { t } = useTranslation();
  return (
    <details className="how" data-testid="how-computed">
      <summary>{t('chain.how')}</summary>
      <ul>
        <li>{t('chain.howWeight')}</li>
        <li>{t('chain.howStrength')}</li>
        <li>{t('chain.howThreshold')}</li>
        <li>{t('chain.howStatus')}</li>
        <li>{t('chain.howPriority')}</li>
      </ul>
      <p className="hint">
        {t('chain.howData')} ★ = {t('chain.plan')}
      </p>
    </details>
  );
}
