import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { translate, type Locale, type MessageKey, type MessageParams } from '../../shared/i18n';
import type { AppInfo } from '../../shared/contract';
import {
  createRepositories,
  writeSettings,
  type Repositories,
  type RegiaDatabase,
  type RepositoryContext,
  type Settings,
} from '../db';
import { loadLocaleCatalog } from '../i18n/englishOnDemand';

/** Translates a catalog key in the current language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

type RegiaContextValue = {
  db: RegiaDatabase;
  repositoryContext: RepositoryContext;
  repositories: Repositories;
  settings: Settings;
  updateSettings: (changes: Partial<Settings>) => Promise<void>;
  appInfo: AppInfo;
  locale: Locale;
  t: Translate;
};

const RegiaContext = createContext<RegiaContextValue | null>(null);

type RegiaProviderProps = {
  /** The opened database. */
  db: RegiaDatabase;
  /** The preferences read at start-up. */
  initialSettings: Settings;
  /** What the host says about itself. */
  appInfo: AppInfo;
  children: ReactNode;
};

/** Gives every component the database, its repositories, the preferences and the translator. */
export function RegiaProvider({ db, initialSettings, appInfo, children }: RegiaProviderProps) {
  const [settings, setSettings] = useState(initialSettings);
  // The audit identity is read at write time, so a renamed user is recorded from the next change on.
  const settingsRef = useRef(settings);
  useEffect(() => {
    settingsRef.current = settings;
  }, [settings]);

  const repositoryContext = useMemo<RepositoryContext>(
    () => ({
      db,
      identity: () => ({
        userName: settingsRef.current.userName,
        userOrganization: settingsRef.current.userOrganization,
      }),
    }),
    [db],
  );

  const repositories = useMemo(() => createRepositories(repositoryContext), [repositoryContext]);

  const updateSettings = useCallback(
    async (changes: Partial<Settings>) => {
      // The new language's texts are there before anything is drawn in it.
      if (changes.language) await loadLocaleCatalog(changes.language);
      await writeSettings(db, changes);
      setSettings((current) => ({ ...current, ...changes }));
    },
    [db],
  );

  const locale = settings.language;
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const t = useCallback<Translate>((key, params) => translate(locale, key, params), [locale]);

  const value = useMemo(
    () => ({ db, repositoryContext, repositories, settings, updateSettings, appInfo, locale, t }),
    [db, repositoryContext, repositories, settings, updateSettings, appInfo, locale, t],
  );
  return <RegiaContext.Provider value={value}>{children}</RegiaContext.Provider>;
}

/** The app's shared state; only inside RegiaProvider. */
export function useRegia(): RegiaContextValue {
  const value = useContext(RegiaContext);
  if (!value) throw new Error('useRegia must be used inside RegiaProvider');
  return value;
}

/** The translator of the current language. */
export function useT(): Translate {
  return useRegia().t;
}
