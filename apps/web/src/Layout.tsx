import type { ReactNode } from 'react';
import { Link } from 'wouter';

/** The frame of every screen: skip link, service name, the main content, and what this tool is not. */
export function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="width-container">
          <Link href="/" className="site-header__name">
            PainPath
          </Link>
          <span className="site-header__tag">A guide to treatment options for long-lasting pain</span>
        </div>
      </header>
      <div className="width-container">
        <main id="main" className="main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="site-footer">
        <div className="width-container">
          <p>
            PainPath helps you prepare for a talk with a health professional. It does not diagnose you and it does not
            replace the advice of the people who treat you. Do not stop or change any medicine because of what you read
            here.
          </p>
          <p>
            If you feel very unwell or think it is an emergency, call 999. For urgent advice, call NHS 111 or contact
            your GP.
          </p>
        </div>
      </footer>
    </>
  );
}
