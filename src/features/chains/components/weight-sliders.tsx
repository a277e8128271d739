import { useTranslation } from 'react-i18next';
import { useAppStore } from '@/store/app-store';
import { FACTORS, MAX_WEIGHT } from '@/lib/domain/host-score';

/** One slider per factor of the host-park score; the weights live in the store (and the URL). */
export function WeightSliders() {
  const { t } = useTranslation();
  const weights = useAppStore((s) => s.weights);
  const { setWeight, resetWeights } = useAppStore.getState();
  return (
    <details className="weights" data-testid="weights">
      <summary>{t('gaps.weights')}</summary>
      {FACTORS.map((f) => (
        <label key={f} className="weight">
          <span>{t(`factor.${f}`)}</span>
          <input
            type="range"
            min={0}
            max={MAX_WEIGHT}
            step={1}
            value={weights[f]}
            onChange={(e) => setWeight(f, Number(e.target.value))}
            data-testid={`weight-${f}`}
          />
          <output>{weights[f]}</output>
        </label>
      ))}
      <button type="button" className="small" onClick={resetWeights}>
        {t('gaps.reset')}
      </button>
      <p className="hint">{t('gaps.howText')}</p>
    </details>
  );
}
