/**
 * English texts of the DNS check, keyed by code. Placeholders come from dnsMessageParams()
 * (src/shared/dns.ts): {{host}}, {{chain}}, {{last}}, {{failedName}}, {{resolver}},
 * {{timeoutMs}}, {{rawCode}}, {{suffix}}, {{addresses}}.
 */
import type { DnsCode } from '../../dns'

/** What each DNS outcome means and what to do about it. */
export const dnsMessages: Record<DnsCode, string> = {
  'dns-tencent-cname':
    '{{host}} points at Tencent Cloud ({{chain}}) and resolves to {{addresses}}. The CNAME is set up correctly.',
  'dns-tencent-host':
    '{{host}} is a Tencent Cloud push domain itself (under {{suffix}}), so it needs no CNAME. It resolves to {{addresses}}.',
  'dns-tencent-play-cname':
    '{{host}} reaches Tencent Cloud only through a playback address ({{chain}}). A push domain needs its own CNAME: in the Tencent Cloud CSS console open Domain Management, find the push domain {{host}} and copy the value of its CNAME column into your DNS (not the one of the playback domain).',
  'dns-no-cname':
    '{{host}} has an address ({{addresses}}) but no CNAME record, so pushes will not reach Tencent Cloud. In the Tencent Cloud CSS console open Domain Management, copy the value in the CNAME column for {{host}}, and add a CNAME record with that value at your DNS provider (replacing the A/AAAA record).',
  'dns-foreign-cname':
    '{{host}} has a CNAME, but it leads to {{last}} ({{chain}}), which is not a Tencent Cloud address. In the Tencent Cloud CSS console open Domain Management and set the CNAME of {{host}} at your DNS provider to the value in the CNAME column.',
  'dns-nxdomain':
    '{{host}} does not exist in DNS. Check the spelling of the push domain; if it is right, add the CNAME record: in the Tencent Cloud CSS console open Domain Management and copy the value in the CNAME column for {{host}} to your DNS provider.',
  'dns-cname-target-nxdomain':
    'The CNAME chain of {{host}} ({{chain}}) points at {{failedName}}, which does not exist. Copy the CNAME value again exactly as shown in the CNAME column of Domain Management in the Tencent Cloud CSS console, and check that the domain is still added and enabled there.',
  'dns-no-addresses':
    '{{host}} leads to {{last}} ({{chain}}), which has no IPv4 or IPv6 address, so there is nothing to connect to. Check the CNAME value against the CNAME column of Domain Management in the Tencent Cloud CSS console, and that the domain is enabled there.',
  'dns-servfail':
    "The DNS server ({{resolver}}) failed to resolve {{failedName}} (SERVFAIL). This is a problem of that DNS server or of the domain's DNS hosting. Try again, try another network or DNS server, and check the domain's DNS settings at your provider.",
  'dns-timeout':
    'The DNS server ({{resolver}}) did not answer for {{failedName}} within {{timeoutMs}} ms. This network may block or break DNS: try another network (for example a phone hotspot) or another DNS server.',
  'dns-refused':
    'The DNS server ({{resolver}}) refused the query for {{failedName}}, or nothing answers on its port. Check the DNS server address, or use the system default DNS.',
  'dns-error':
    'Looking up {{failedName}} failed ({{rawCode}}) at {{resolver}}. Try again or use another DNS server.',
  'dns-chain-loop':
    'The CNAME chain of {{host}} loops back on itself ({{chain}}), so it never resolves. Fix the CNAME records at your DNS provider: {{host}} should point at the value in the CNAME column of Domain Management in the Tencent Cloud CSS console.',
  'dns-chain-too-long':
    'The CNAME chain of {{host}} is too long ({{chain}}); resolvers give up on chains like this. Point {{host}} directly at the value in the CNAME column of Domain Management in the Tencent Cloud CSS console.',
  'dns-raw-ip':
    'The push URL uses an IP address ({{host}}), so there is no domain to check in DNS. Tencent Cloud rejects pushes to an IP address unless the URL carries &txHost=<your push domain>; see the txHost check.',
  'dns-bad-host': '"{{host}}" is not a valid domain name. Check the host part of the push URL.',
  'dns-bad-server':
    'The DNS server option is not valid. Give an IP address, optionally with a port: 192.0.2.53, 192.0.2.53:5353, 2001:db8::53 or [2001:db8::53]:5353.',
  'dns-cancelled': 'The DNS check was cancelled before it finished.'
}
