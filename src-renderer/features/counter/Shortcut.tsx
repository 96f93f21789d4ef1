/** A button with its keyboard shortcut shown, big enough for a finger (≥ 44 px). */
import { Button, Kbd, type ButtonProps } from '@mantine/core';
import type { ReactNode } from 'react';

export function ShortcutButton({ keys, children, onClick, ...props }: ButtonProps & { keys?: string; children: ReactNode; onClick?: () => void; type?: 'button' | 'submit' }) {
  return (
    <Button mih={48} onClick={onClick} rightSection={keys ? <Kbd size="xs">{keys}</Kbd> : undefined} {...props}>
      {children}
    </Button>
  );
}
