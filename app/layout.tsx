// The document (<html lang>) is rendered by app/[locale]/layout.tsx, which knows the locale.
export default function RootLayout({ children }: LayoutProps<"/">) {
  return children;
}
