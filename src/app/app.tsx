import { type ComponentType, Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, useLocation } from 'react-router';
import { HomeScreen } from './features/home/home-screen';
import { Layout } from './layout';

/** Every screen has one fixed path (README: "these paths are kept stable"). */
const SCREENS = new Map<string, ComponentType>([
  ['/', HomeScreen],
  ['/promise', lazy(() => import('./features/promise/promise-screen'))],
  ['/rate', lazy(() => import('./features/rate/rate-screen'))],
  ['/advocate', lazy(() => import('./features/advocate/advocate-screen'))],
  ['/say', lazy(() => import('./features/say/say-screen'))],
  ['/sent', lazy(() => import('./features/sent/sent-screen'))],
  ['/you-said-we-did', lazy(() => import('./features/you-said-we-did/you-said-we-did-screen'))],
  ['/settings', lazy(() => import('./features/settings/settings-screen'))],
  ['/help', lazy(() => import('./features/safety/help-screen'))],
  ['/words', lazy(() => import('./features/words/words-screen'))],
  ['/exit-explained', lazy(() => import('./features/safety/exit-explained-screen'))],
]);
const NotFoundScreen = lazy(() => import('./features/home/not-found-screen'));

/**
 * The screen for the current path. With only fixed paths, a table lookup does what we used of
 * React Router's <Routes>, whose matching, ranking and error-boundary code would add about 4 kB
 * gzipped to the first screen. Like <Routes>, it ignores case and a trailing slash.
 */
function CurrentScreen() {
  const { pathname } = useLocation();
  const Screen = SCREENS.get(pathname.toLowerCase().replace(/\/+$/, '') || '/') ?? NotFoundScreen;
  return <Screen />;
}

function Loading() {
  const { t } = useTranslation();
  return <p role="status">{t('loading')}</p>;
}

export function App() {
  return (
    <BrowserRouter>
      <Layout>
        <Suspense fallback={<Loading />}>
          <CurrentScreen />
        </Suspense>
      </Layout>
    </BrowserRouter>
  );
}
