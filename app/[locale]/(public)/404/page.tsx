import { notFound } from "next/navigation";

// The proxy rewrites unknown public URLs here: a page that is "not found"
// before anything streams, so the response carries a real 404 status.
export default function UnknownPublicPath() {
  notFound();
}
