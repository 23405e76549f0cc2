"use client";

// The signed-in navigation. On a wide screen the links and "Sign out" sit in the
// bar; on a phone they fold into one menu so nothing pushes the page wider than
// the window. Both are rendered and CSS shows one: no layout shift on hydration.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { DropdownMenu } from "radix-ui";
import { signOut } from "next-auth/react";
import { forgetActivity } from "./idle-sign-out";
import { SignOutButton } from "./sign-out-button";

type NavUser = { name: string; role: "COUNSELOR" | "PARENT" | "TEEN" };

function links(user: NavUser) {
  return [
    { href: "/", label: "Home" },
    { href: "/schedule", label: "Schedule" },
    user.role === "COUNSELOR"
      ? { href: "/exercises/library", label: "Exercises" }
      : { href: "/exercises", label: "Exercises" },
    ...(user.role === "COUNSELOR" ? [{ href: "/notes", label: "Notes" }] : []),
    { href: "/settings", label: "Settings" },
  ];
}

function isCurrent(pathname: string, href: string): boolean {
  return href === "/"
    ? pathname === "/"
    : pathname === href ||
        pathname.startsWith(`${href}/`) ||
        (href === "/exercises/library" && pathname.startsWith("/exercises"));
}

export function TopBarNav({ user }: { user: NavUser }) {
  const pathname = usePathname() ?? "/";
  const items = links(user);
  return (
    <>
      <nav className="main-nav" aria-label="Main">
        {items.map((item) => (
          <Link key={item.href} href={item.href} aria-current={isCurrent(pathname, item.href) ? "page" : undefined}>
            {item.label}
          </Link>
        ))}
      </nav>
      <div className="topbar-user">
        <span data-testid="signed-in-as" className="topbar-name">
          {user.name}
        </span>
        <SignOutButton />
      </div>
      {/* Not modal and not portalled: the page stays in the accessibility tree and the menu inside the banner landmark. */}
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger className="secondary topbar-menu-button">
          Menu<span className="visually-hidden"> for {user.name}</span>
        </DropdownMenu.Trigger>
        <DropdownMenu.Content className="menu" align="end" sideOffset={6}>
          <DropdownMenu.Label className="menu-label">Signed in as {user.name}</DropdownMenu.Label>
          {items.map((item) => (
            <DropdownMenu.Item key={item.href} asChild className="menu-item">
              <Link href={item.href} aria-current={isCurrent(pathname, item.href) ? "page" : undefined}>
                {item.label}
              </Link>
            </DropdownMenu.Item>
          ))}
          <DropdownMenu.Separator className="menu-separator" />
          <DropdownMenu.Item
            className="menu-item"
            onSelect={() => {
              forgetActivity();
              void signOut({ callbackUrl: "/login?reason=signed-out" });
            }}
          >
            Sign out
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Root>
    </>
  );
}
