import { useTranslation } from 'react-i18next';
import { describeDataError } from '@/i18n/data-error';

/**
 * One failed file in words (which layer, which file, why), with the technical detail (a schema path,
 * a browser's network message: not translated) one click away under 报告详情 / Details.
 */
export function DataErrorItem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const detail = (error as { detail?: string; message?: string })?.detail ?? '';
  const failure = (error as { failure?: string })?.failure;
  return (
    <li>
      {describeDataError(t, error)}
      {detail && failure !== 'http' ? (
        <details className="error-details inline">
          <summary>{t('errors.details')}</summary>
          <code>{detail}</code>
        </details>
      ) : null}
    </li>
  );
}
