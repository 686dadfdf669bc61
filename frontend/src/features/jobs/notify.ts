import type { ToastApi } from '../../components/toast/context';
import type { Job } from './keys';
import { unwatchJob } from './watch';

const announced = new Set<string>();

/** Toasts a watched job's outcome once (success or failure; cancellations are confirmed by the Cancel action). */
export function announceOutcome(toast: ToastApi, job: Job): void {
  if (job.status !== 'SUCCEEDED' && job.status !== 'FAILED') return;
  if (announced.has(job.id)) return;
  announced.add(job.id);
  unwatchJob(job.id);
  toast.dismiss(`queued-${job.id}`);
  if (job.status === 'SUCCEEDED') {
    toast.show({ id: `done-${job.id}`, variant: 'success', title: `${job.title} finished`, description: job.message ?? undefined });
  } else {
    toast.show({
      id: `done-${job.id}`,
      variant: 'error',
      title: `${job.title} failed`,
      description: job.error ?? job.message ?? 'Open Jobs for details.',
    });
  }
}
