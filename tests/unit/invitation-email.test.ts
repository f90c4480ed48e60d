import { describe, expect, it } from "vitest";
import { invitationEmail, type InvitationEmailInput } from "@/lib/mail/invitation-email";

const url = "https://podium.example.org/invitations/AbC-123_xyz?ref=mail&x=1";
// 23:30 UTC is already the next day in Shanghai: the date must be the UTC one.
const base: InvitationEmailInput = {
  locale: "en",
  speakerName: "王蓓蓓",
  inviterName: "Li Na",
  url,
  expiresAt: new Date("2030-09-30T23:30:00Z"),
  to: "wangbeibei@example.org",
};

describe("the invitation email", () => {
  it("tells an English reader who invited them, to which profile, what they can do, the link and its UTC expiry", () => {
    const mail = invitationEmail(base);
    expect(mail.to).toBe("wangbeibei@example.org");
    expect(mail.subject).toContain("王蓓蓓");
    expect(mail.text).toContain("Li Na has invited you to take over the speaker profile “王蓓蓓”");
    expect(mail.text).toMatch(/edit your own bio, photo and links/);
    expect(mail.text).toContain(`\n${url}\n`);
    expect(mail.text).toContain("September 30, 2030 at 23:30 UTC");
    expect(mail.html).toContain('<html lang="en">');
    expect(mail.html).toContain("September 30, 2030 at 23:30 UTC");
  });

  it("speaks Chinese to a zh-CN reader", () => {
    const mail = invitationEmail({ ...base, locale: "zh-CN", inviterName: "李娜" });
    expect(mail.subject).toBe("邀请您在 Podium 上认领嘉宾资料“王蓓蓓”");
    expect(mail.text).toContain("李娜 邀请您在 Podium 上认领嘉宾资料“王蓓蓓”。");
    expect(mail.text).toContain("编辑自己的简介、照片和链接");
    expect(mail.text).toContain("2030年9月30日 23:30 UTC");
    expect(mail.text).toContain(url);
    expect(mail.text).not.toMatch(/invited|expires/);
    expect(mail.html).toContain('<html lang="zh-CN">');
  });

  it("shows the link both as a link and as text in the html, with its & escaped", () => {
    const { html } = invitationEmail(base);
    const escaped = url.replace("&", "&amp;");
    expect(html).toContain(`<a href="${escaped}">${escaped}</a>`);
  });

  it("renders a hostile speaker or inviter name inert in the html and on one line in the subject", () => {
    const mail = invitationEmail({
      ...base,
      speakerName: '<script>alert("x")</script>\r\nBcc: evil@example.org',
      inviterName: "<img src=x onerror=alert(1)>",
    });
    expect(mail.html).not.toMatch(/<script|<img/i);
    expect(mail.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Bcc: evil@example.org");
    expect(mail.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(mail.subject).not.toMatch(/[\r\n]/);
    // The plain text is not html: the name stays as typed there.
    expect(mail.text).toContain('<script>alert("x")</script>');
  });

  it("refuses a link that is not a web address", () => {
    expect(() => invitationEmail({ ...base, url: "javascript:alert(1)" })).toThrow(/http\(s\)/);
  });
});
