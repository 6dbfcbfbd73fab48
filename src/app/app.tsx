import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { HomeScreen } from './features/home/home-screen';
import { Layout } from './layout';

const PromiseScreen = lazy(() => import('./features/promise/promise-screen'));
const RateScreen = lazy(() => import('./features/rate/rate-screen'));
const AdvocateScreen = lazy(() => import('./features/advocate/advocate-screen'));
const SayScreen = lazy(() => import('./features/say/say-screen'));
const SentScreen = lazy(() => import('./features/sent/sent-screen'));
const YouSaidWeDidScreen = lazy(() => import('./features/you-said-we-did/you-said-we-did-screen'));
const SettingsScreen = lazy(() => import('./features/settings/settings-screen'));
const HelpScreen = lazy(() => import('./features/safety/help-screen'));
const WordsScreen = lazy(() => import('./features/words/words-screen'));
const ExitExplainedScreen = lazy(() => import('./features/safety/exit-explained-screen'));
const NotFoundScreen = lazy(() => import('./features/home/not-found-screen'));

function Loading() {
  const { t } = useTranslation();
  return <p role="status">{t('loading')}</p>;
}

export function App() {
  return (
    <BrowserRouter>
      <Layout>
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route path="/" element={<HomeScreen />} />
            <Route path="/promise" element={<PromiseScreen />} />
            <Route path="/rate" element={<RateScreen />} />
            <Route path="/advocate" element={<AdvocateScreen />} />
            <Route path="/say" element={<SayScreen />} />
            <Route path="/sent" element={<SentScreen />} />
            <Route path="/you-said-we-did" element={<YouSaidWeDidScreen />} />
            <Route path="/settings" element={<SettingsScreen />} />
            <Route path="/help" element={<HelpScreen />} />
            <Route path="/words" element={<WordsScreen />} />
            <Route path="/exit-explained" element={<ExitExplainedScreen />} />
            <Route path="*" element={<NotFoundScreen />} />
          </Routes>
        </Suspense>
      </Layout>
    </BrowserRouter>
  );
}
