"""Pieces the English lexicon's patterns are made of: a sentence's span, the people around a
debtor, the places a visit lands, whose they are."""

from __future__ import annotations

SENTENCE = r"[^.!?\n]"  # within one sentence
PEOPLE = (r"(?:employer|boss|manager|supervisor|co-?workers?|colleagues?|HR|human resources|"
           r"family|wife|husband|spouse|partner|parents?|mother|mom|father|dad|kids|children|"
           r"relatives|neighbou?rs?|friends|references|church|pastor|contacts|landlord|sister|mum"
           r"|mam|"
           r"brother|siblings|son|daughter|aunt|uncle|cousins?|grand(?:mother|father|parents)|"
           r"in-laws|(?:brother|sister|mother|father)-in-law|ex(?:-wife|-husband)?|roommate|"
           r"girlfriend|boyfriend|fianc[eé]e?|school|teacher|coach|payroll(?: department)?|"
           r"(?:whole |entire )?(?:neighbou?rhood|community|town|office|workplace)"
           r"|grandma|granny|gran|nan|clients|customers|business partners?|receptionist"
           r"|emergency contacts?|job|place of (?:work|employment)|referees|loved ones"
           r"|contact persons?|old (?:man|lady)|baby ?(?:mama|daddy)"
           r"|HR department|supervisors?|in-laws|relatives?|guarantors?)")
PLACES = r"(?:house|home|door|doorstep|front door|work|job|workplace|office|place|school)"
# Whose people, home or debt a court's or a complainant's account speaks of.
OWNERS = (r"his|her|their|plaintiff'?s|consumer'?s|borrower'?s|victim'?s|debtor'?s"
           r"|customer'?s")
THEIR = r"(?:" + OWNERS + r")"
# Where a visit lands, more widely ("your flat", "ur place", "your mum's house", "your village").
YOUR = r"(?:your|ur|yr)"
WHERE = (r"(?:house|home|door|doorstep|front (?:door|gate)|gate|work|job|workplace|office|place"
          r"|school|flat|apartment|premises|address|village|home ?town|building|estate|residence"
          r"|property|street|neighbou?rhood|shop|store|church|parking lot|car park|driveway|lobby"
          r"|porch|yard|(?:mom|mum|mother|dad|father"
          r"|parents|family)(?:'s|s')? (?:house|home|place|door))")

