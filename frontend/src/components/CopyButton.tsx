import { useEffect, useState } from 'react';
import { Button } from './Button';
import { CheckIcon, CopyIcon } from './icons';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Copies `text`; says "Copied" (announced politely) or explains when the browser refused. */
export function CopyButton({ text, label = 'Copy', className = '' }: { text: string; label?: string; className?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);

  return (
    <span className={`inline-flex items-center gap-2 ${className}`}>
      <Button
        size="sm"
        variant={state === 'copied' ? 'secondary' : 'primary'}
        icon={state === 'copied' ? <CheckIcon size={16} /> : <CopyIcon size={16} />}
        onClick={() => void copyText(text).then((ok) => setState(ok ? 'copied' : 'failed'))}
      >
        {state === 'copied' ? 'Copied' : label}
      </Button>
      <span role="status" className="text-xs text-fg-subtle">
        {state === 'failed' ? "Couldn't copy: select the text and copy it yourself." : ''}
        <span className="sr-only">{state === 'copied' ? 'Copied to the clipboard' : ''}</span>
      </span>
    </span>
  );
}
