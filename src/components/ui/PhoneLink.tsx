import { formatPhone, telHref } from '@/lib/phone';
import { Icon } from './Icon';

/**
 * A phone number as people read it (`139 0000 0077`, `0730 882 1234`); tapping it calls. A value that is not
 * a number is shown as it was written, without a link.
 */
export function PhoneLink({ phone, className = '' }: { phone: string; className?: string }) {
  const href = telHref(phone);
  const text = formatPhone(phone);
  if (!href) return <span className={className}>{text}</span>;
  return (
    <a
      href={href}
      className={`tap inline-flex items-center gap-1 font-medium whitespace-nowrap text-brand-800 underline underline-offset-4 ${className}`}
    >
      <Icon name="phone" className="h-4 w-4" />
      {text}
    </a>
  );
}
