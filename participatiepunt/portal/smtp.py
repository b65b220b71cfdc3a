"""One mail over an open smtplib connection, with SMTP pipelining (RFC 2920) where the server
offers it, as Postfix and most MTAs do: MAIL FROM, RCPT TO and DATA go out in one write and the
message in the next, two round trips instead of smtplib's four. It raises what
smtplib.SMTP.sendmail raises for the same replies, and after a refusal it resets the transaction
(RSET), so the connection goes on with the next mail. Without PIPELINING it is smtplib's
sendmail."""

import re
import smtplib
from contextlib import suppress

_PUNT_AAN_BEGIN = re.compile(rb"(?m)^\.")


def stuur(smtp: smtplib.SMTP, afzender: str, ontvanger: str, inhoud: bytes) -> None:
    smtp.ehlo_or_helo_if_needed()
    if not smtp.has_extn("pipelining"):
        smtp.sendmail(afzender, [ontvanger], inhoud)
        return
    _envelop(smtp, afzender, ontvanger, len(inhoud))
    smtp.send(_als_data(inhoud))
    antwoord = _antwoord(smtp)
    if antwoord[0] != 250:
        _na_weigering(smtp, antwoord)


def _envelop(smtp, afzender: str, ontvanger: str, grootte: int) -> None:
    """MAIL FROM, RCPT TO and DATA in one write, then their three replies."""
    opties = f" size={grootte}" if smtp.has_extn("size") else ""
    commandos = [
        f"mail from:{smtplib.quoteaddr(afzender)}{opties}",
        f"rcpt to:{smtplib.quoteaddr(ontvanger)}",
        "data",
    ]
    smtp.send("".join(f"{commando}\r\n" for commando in commandos))
    van = _antwoord(smtp)
    if van[0] == 421:
        raise smtplib.SMTPSenderRefused(*van, afzender)
    aan = _antwoord(smtp)
    if aan[0] == 421:
        raise smtplib.SMTPRecipientsRefused({ontvanger: aan})
    data = _antwoord(smtp)
    if van[0] != 250 or aan[0] not in (250, 251):
        if data[0] == 354:  # a server that takes DATA without a recipient: end it empty
            smtp.send(b".\r\n")
            smtp.getreply()
        _reset(smtp)
        if van[0] != 250:
            raise smtplib.SMTPSenderRefused(*van, afzender)
        raise smtplib.SMTPRecipientsRefused({ontvanger: aan})
    if data[0] != 354:
        _na_weigering(smtp, data)


def _antwoord(smtp) -> tuple[int, bytes]:
    """The next reply; a 421 means the server closes the connection."""
    code, tekst = smtp.getreply()
    if code == 421:
        smtp.close()
    return code, tekst


def _na_weigering(smtp, antwoord):
    if antwoord[0] != 421:
        _reset(smtp)
    raise smtplib.SMTPDataError(*antwoord)


def _reset(smtp) -> None:
    with suppress(smtplib.SMTPServerDisconnected):
        smtp.rset()


def _als_data(inhoud: bytes) -> bytes:
    """The message as smtplib's data() sends it: dot-stuffed, ended by CRLF . CRLF."""
    inhoud = _PUNT_AAN_BEGIN.sub(b"..", inhoud)
    if not inhoud.endswith(b"\r\n"):
        inhoud += b"\r\n"
    return inhoud + b".\r\n"
