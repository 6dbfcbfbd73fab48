import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { HomeScreen } from './features/home/home-screen';
import { Layout } from './layout';

const RateScreen = lazy(() => import('./features/rate/rate-screen'));
const HelpScreen = lazy(() => import('./features/safety/help-screen'));
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
            <Route path="/rate" element={<RateScreen />} />
            <Route path="/help" element={<HelpScreen />} />
            <Route path="*" element={<NotFoundScreen />} />
          </Routes>
        </Suspense>
      </Layout>
    </BrowserRouter>
  );
}
