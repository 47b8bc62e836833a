import { NotFoundBody } from "@/components/not-found-body";

export default function NotFound() {
  return <NotFoundBody />;
}
