import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../core/index.ts';
import { AuditTab } from './audit-tab.tsx';
import type { AuditState } from './audit-tab.tsx';
import { describeError } from './describe-error.ts';
import { ExportTab } from './export-tab.tsx';
import { NewMapTab } from './new-map-tab.tsx';
import type { PanelHost } from './panel-host.ts';
import { getStrings } from './strings.ts';
import { Tabs } from './tabs.tsx';

type TabKey = 'create' | 'audit' | 'export';

/**
 * The whole panel both plugins show: New map, Audit (live while the panel is open) and Export.
 * It holds form state and calls the host; it computes nothing about maps itself.
 */
export function PanelApp(props: { readonly host: PanelHost; readonly initialLocale: Locale; readonly initialTab?: TabKey }) {
  const { host } = props;
  const [locale, setLocale] = useState<Locale>(props.initialLocale);
  const [tab, setTab] = useState<TabKey>(props.initialTab ?? 'create');
  const [live, setLive] = useState(true);
  const [gapMarkers, setGapMarkers] = useState(false);
  const [audit, setAudit] = useState<AuditState>({ running: false });
  const strings = getStrings(locale);
  // A run that started before a newer one must not overwrite the newer result.
  const runId = useRef(0);
  const options = useRef({ locale, gapMarkers });
  options.current = { locale, gapMarkers };

  const runAudit = useCallback(() => {
    const id = ++runId.current;
    setAudit((state) => ({ ...state, running: true }));
    host.audit({ locale: options.current.locale, gapMarkers: options.current.gapMarkers }).then(
      (outcome) => id === runId.current && setAudit({ outcome, running: false }),
      (error: unknown) => id === runId.current && setAudit((state) => ({ ...state, running: false, error: describeError(error, getStrings(options.current.locale)) })),
    );
  }, [host]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  // Audit at once, and again when the language or the gap-marker option changes: messages and
  // markers follow them.
  useEffect(() => {
    runAudit();
  }, [runAudit, locale, gapMarkers]);

  useEffect(() => {
    if (!live) return undefined;
    return host.liveAudit(() => ({ ...options.current }), {
      onOutcome: (outcome) => {
        // A live result supersedes any run still under way.
        runId.current++;
        setAudit({ outcome, running: false });
      },
      onError: (error) => setAudit((state) => ({ ...state, running: false, error: describeError(error, getStrings(options.current.locale)) })),
    });
  }, [host, live]);

  const counts = audit.outcome?.maps.reduce((sum, m) => sum + m.findings.length, 0);
  return (
    <main class="cjm-panel">
      <Tabs
        idPrefix="cjm"
        active={tab}
        onSelect={setTab}
        tabs={[
          { key: 'create', label: strings.tabs.create },
          { key: 'audit', label: strings.tabs.audit, ...(counts === undefined ? {} : { badge: String(counts) }) },
          { key: 'export', label: strings.tabs.export },
        ]}
        panels={{
          create: (
            <NewMapTab
              host={host}
              locale={locale}
              strings={strings}
              onLocaleChange={setLocale}
              onGenerated={runAudit}
            />
          ),
          audit: (
            <AuditTab
              state={audit}
              strings={strings}
              live={live}
              gapMarkers={gapMarkers}
              onLiveChange={setLive}
              onGapMarkersChange={setGapMarkers}
              onAudit={runAudit}
              onShow={(mapIndex, findingIndex) => {
                host.showFinding({ mapIndex, findingIndex }).catch((error: unknown) => setAudit((state) => ({ ...state, error: describeError(error, strings) })));
              }}
            />
          ),
          export: <ExportTab host={host} outcome={audit.outcome} locale={locale} strings={strings} />,
        }}
      />
    </main>
  );
}
