import type { ReactNode } from 'react';
import { Button } from 'antd';
import { Link, Outlet, useNavigate } from 'react-router';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { homeMessages } from './home-messages';
import './public-frame.css';

interface Props {
  /** The section's name beside the platform's (法规库, 政策清单 …); none on the front door. */
  section?: string;
  /** The page; without it, the matched child route (<Outlet />). */
  children?: ReactNode;
  /** Test ids of the frame and of its sign-in button (pages' browser tests wait on them). */
  testId?: string;
  signInTestId?: string;
}

/**
 * The one frame of every public page for a visitor who is not signed in: a header with the
 * platform's name (a link to the front door), the section, the language switch and the sign-in
 * button; the page; the footer. Light on purpose (the front door is the first page) and never wider
 * than the screen: the header wraps, and wide tables scroll inside their card (public-frame.css).
 */
export function PublicFrame({ section, children, testId = 'public-frame', signInTestId = 'public-sign-in' }: Props) {
  const t = useMessages(homeMessages);
  const { t: tc } = useI18n();
  const navigate = useNavigate();
  return (
    <div className="public-frame" data-testid={testId}>
      <header className="public-header">
        <Link to="/" className="public-brand" title={t('front.home')}>
          <span className="app-logo-mark" aria-hidden>{tc('app.title').slice(0, 1)}</span>
          <span>{tc('app.title')}</span>
        </Link>
        {section && <span className="public-section">{section}</span>}
        <span className="public-actions">
          <LanguageSwitch />
          <Button type="primary" onClick={() => navigate('/login')} data-testid={signInTestId}>{t('front.signIn')}</Button>
        </span>
      </header>
      <main className="public-main">{children ?? <Outlet />}</main>
      <footer className="public-footer">{tc('app.footer')}</footer>
    </div>
  );
}
