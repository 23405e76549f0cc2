import type { Metadata, Viewport } from "next";
import Link from "next/link";
import "./globals.css";
import { getCurrentUser } from "@/lib/auth/current-user";
import { idleSeconds } from "@/lib/auth/auth-options";
import { TopBarNav } from "@/components/top-bar";
import { IdleSignOut } from "@/components/idle-sign-out";

export const metadata: Metadata = {
  title: { default: "Mend", template: "%s · Mend" },
  description: "Calm, structured family conversations with your counselor.",
};

// Every page depends on who is signed in; nothing is prerendered at build time.
export const dynamic = "force-dynamic";

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="topbar">
          <Link href="/" className="brand">
            <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <rect width="32" height="32" rx="8" fill="currentColor" />
              <path
                d="M8 22V10l8 7 8-7v12"
                fill="none"
                stroke="#fff"
                strokeWidth="3"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
            Mend
          </Link>
          {user ? <TopBarNav user={{ name: user.name, role: user.role }} /> : null}
        </header>
        {user ? <IdleSignOut idleSeconds={idleSeconds()} /> : null}
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}
