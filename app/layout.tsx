import type { Metadata, Viewport } from "next";
import Link from "next/link";
import "./globals.css";
import { getCurrentUser } from "@/lib/auth/current-user";
import { idleSeconds } from "@/lib/auth/auth-options";
import { SignOutButton } from "@/components/sign-out-button";
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
        <header className="topbar">
          <Link href="/" className="brand">
            Mend
          </Link>
          {user ? (
            <nav className="main-nav" aria-label="Main">
              <Link href="/">Home</Link>
              <Link href="/schedule">Schedule</Link>
              <Link href={user.role === "COUNSELOR" ? "/exercises/library" : "/exercises"}>Exercises</Link>
              <Link href="/settings">Settings</Link>
            </nav>
          ) : null}
          {user ? (
            <div className="topbar-user">
              <span data-testid="signed-in-as">{user.name}</span>
              <SignOutButton />
            </div>
          ) : null}
        </header>
        {user ? <IdleSignOut idleSeconds={idleSeconds()} /> : null}
        <main>{children}</main>
      </body>
    </html>
  );
}
