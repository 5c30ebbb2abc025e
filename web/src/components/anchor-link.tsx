import { Anchor, type AnchorProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import type { ComponentPropsWithRef } from 'react';

type MantineAnchorProps = Omit<AnchorProps, 'href'> & ComponentPropsWithRef<'a'>;

function MantineAnchor(props: MantineAnchorProps) {
  return <Anchor {...props} />;
}

const CreatedLink = createLink(MantineAnchor);

/**
 * A Mantine Anchor that is a router link with typed `to`, `params` and `search` (TanStack Router's
 * createLink): `component={Link}` on a Mantine component would lose those types.
 */
export const AnchorLink: LinkComponent<typeof MantineAnchor> = (props) => <CreatedLink {...props} />;
