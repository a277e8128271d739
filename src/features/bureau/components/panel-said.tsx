import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { localMinute } from '@/lib/data/bureau-record';
import { formatBytes } from './bureau-status';
import type { PanelMessage } from './use-bureau-import';

/** What the last step did (applied, cancelled) or why it did not (the store full or blocked). */
export function PanelSaid({ message }: { message: PanelMessage | null }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLParagraphElement>(null);
  // The button pressed (Apply, Cancel) may be gone: the keyboard goes on from what it did.
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  const error = message.kind === 'save-failed' || message.kind === 'read-failed';
  const text = (() => {
    switch (message.kind) {
      case 'applied':
        return t('bureau.panel.preview.applied', { at: localMinute(message.at) });
      case 'cancelled':
        return t('bureau.panel.preview.cancelled');
      case 'nothing':
        return t('bureau.panel.import.nothing');
      case 'read-failed':
        return t('bureau.panel.import.failed', { detail: message.detail });
      case 'save-failed':
        return message.problem === 'full'
          ? t('bureau.panel.preview.full', {
              used: formatBytes(message.used),
              quota: formatBytes(message.quota),
            })
          : message.problem === 'blocked'
            ? t('bureau.panel.preview.blocked')
            : t('bureau.panel.preview.failed', { detail: message.detail });
    }
  })();
  return (
    <p
      ref={ref}
      tabIndex={-1}
      className={`bureau-said${error ? ' error' : ''}`}
      role={error ? 'alert' : 'status'}
      data-testid="bureau-message"
      data-kind={message.kind === 'save-failed' ? `save-${message.problem}` : message.kind}
    >
      {text}
    </p>
  );
}
