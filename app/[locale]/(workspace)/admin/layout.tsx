import type { Metadata } from "next";

// The workspace is private: never indexed, never cached for others.
export const metadata: Metadata = {
  title: { default: "Podium workspace", template: "%s · Podium" },
  robots: { index: false, follow: false },
};

export default function AdminLayout({ children }: LayoutProps<"/[locale]/admin">) {
  return children;
}
