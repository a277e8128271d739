import { useTranslation } from 'react-i18next';
import { useAppStore } from '@/store/app-store';

/**
 * 含示例数据 / Include sample data: with it off every verdict is recomputed from official and public
 * records only. Kept in the URL (sample=0).
 */
export function SampleSwitch() {
  const { t } = useTranslation();
  const on = useAppStore((s) => s.includeSample);
  const setIncludeSample = useAppStore((s) => s.setIncludeSample);
  return (
    <label className="sample-switch" title={t('sampleSwitch.help')}>
      <input
        type="checkbox"
        role="switch"
        aria-checked={on}
        checked={on}
        data-testid="sample-switch"
        onChange={(e) => setIncludeSample(e.target.checked)}
      />
      {t('sampleSwitch.label')}
    </label>
  );
}
