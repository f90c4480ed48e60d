import { PageSkeleton } from "@/components/layout/page-skeleton";

/** While a workspace page loads, the bar stays and its place holds a wordless skeleton. */
export default function WorkspaceLoading() {
  return <PageSkeleton />;
}
