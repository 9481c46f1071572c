/** Template and guide of the sick-leave hours format (static/templates/sjukfranvaro-timmar.csv). */
export const HR_TEMPLATE = `Månad;Enhet;Kön;Ålder;Sjukfrånvarotimmar;Sjukfrånvaro dag 1-14;Sjukfrånvaro över 59 dagar;Ordinarie arbetstid;Antal anställda
2024-01;EXEMPEL Hemtjänst Norr;K;30-49;412,5;180,0;120,0;5210,0;32
2024-01;EXEMPEL Hemtjänst Norr;M;30-49;36,0;36,0;0;1450,5;9
2024-01;EXEMPEL Ekbackens vård- och omsorgsboende;K;50-;610,0;95,5;400,0;6890,0;41
`;

export const HR_GUIDE = `Sjukfrånvaro i timmar ur HR-/lönesystemet: en rad per månad, enhet, kön och åldersgrupp med sjukfrånvarotimmar (totalt, och gärna dag 1–14 och över 59 dagar), ordinarie arbetstid i timmar och antal anställda. Raderna märkta EXEMPEL i mallen ska ersättas med era egna.

Lämna timmar, inte procent. Tertial räknar varje procentsats som summan av sjukfrånvarotimmarna delad med summan av den ordinarie arbetstiden för just det urvalet – enhet, nämnd, kön, åldersgrupp, månad, tertial, hittills i år eller helår – aldrig som ett medelvärde av procentsatser. En stor enhet väger alltså tyngre än en liten, och enheterna och månaderna går ihop till nämndens siffra. Kolada definierar N00090 (sjukfrånvaro bland kommunens anställda) på samma sätt: sjukfrånvarotid i procent av ordinarie arbetstid.

Sjukfrånvaro över 59 dagar visas som andel av all sjukfrånvaro. Antal anställda används som gruppens storlek: grupper med högst 10 anställda visas inte (och en till döljs där det behövs så att de inte kan räknas fram). Tertial och helår räknas bara för perioder där alla månader finns.`;
