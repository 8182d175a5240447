"use client";
import NextLink from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

/**
 * The app's link: next/link without prefetching every link that scrolls into view. Every page of
 * Binôme is dynamic and personal, so each prefetch is a request the server renders (the session
 * check, the layouts, the page up to its first loading boundary): a signed-in client opening
 * /coaches sent 42 requests (two for each link in view: the route's tree, then its page), /about 21.
 * Here a link fetches its page ahead only when the reader points at it, touches it or moves the
 * focus to it, so a click still finds the page on its way and a page view costs one request.
 * `prefetch={true}` keeps next/link's own behaviour; `prefetch={false}` fetches nothing ahead.
 */
export default function Link({
  prefetch,
  onMouseEnter,
  onFocus,
  onTouchStart,
  ...props
}: ComponentProps<typeof NextLink>) {
  const router = useRouter();
  const onIntent = () => {
    if (prefetch === true || prefetch === false) return;
    if (typeof props.href === "string" && props.href.startsWith("/")) router.prefetch(props.href);
  };
  return (
    <NextLink
      {...props}
      prefetch={prefetch === true}
      onMouseEnter={(event) => {
        onIntent();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        onIntent();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        onIntent();
        onTouchStart?.(event);
      }}
    />
  );
}
