import { useTranslation } from 'react-i18next';
import type { IndicatorStatus } from '@/lib/domain/indicator-types';
import { STATUS_ICON, statusKey } from '../model/format';

/** A status as text with its shape beside it (✓ ↗ ✗ —), never colour alone. */
export function StatusBadge({ status, testId }: { status: IndicatorStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`mon-status mon-${status}`} data-testid={testId} data-status={status}>
      <span className="mon-icon" aria-hidden="true">
        {STATUS_ICON[status]}
      </span>
      {t(statusKey(status))}
    </span>
  );
}
