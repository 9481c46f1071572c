/** Template and guide of the ledger format (static/templates/huvudbok.csv is the same text). */
export const LEDGER_TEMPLATE = `Månad;Ansvar;Enhet;Verksamhet;Verksamhetens namn;Konto;Kontots namn;Utfall;Budget;Prognos helår
2024-01;4110;EXEMPEL Hemtjänst Norr;511;Hemtjänst;5011;Månadslön;1250000,00;1200000,00;15100000,00
2024-01;4110;EXEMPEL Hemtjänst Norr;511;Hemtjänst;3110;Omsorgsavgifter;-85000,00;-80000,00;-1000000,00
2024-01;4210;EXEMPEL Ekbackens vård- och omsorgsboende;512;Särskilt boende;6410;Förbrukningsmaterial;42000,50;40000,00;480000,00
`;

export const LEDGER_GUIDE = `Huvudbok / budgetuppföljning: en rad per månad, ansvar/enhet, verksamhet och konto med utfall och budget (och helårsprognos om ni har den), som ekonomisystemet exporterar den. Raderna märkta EXEMPEL i mallen ska ersättas med era egna.

Belopp: kronor om inget annat anges (en kolumn Beloppsenhet med kr, tkr eller mnkr, eller enheten i rubriken, t.ex. "Utfall (tkr)"). Decimalkomma, mellanslag som tusentalsavgränsare och minustecken (− eller -) går bra. Bokföringens tecken (kostnader +, intäkter −) känns igen och vänds till Tertials: intäkter +, kostnader −, netto = intäkter + kostnader, avvikelse + = bättre än budget.

Konton enligt Kommun-Bas (SKR:s normalkontoplan), efter första siffran: 3 verksamhetens intäkter → Intäkter; 5 personalkostnader → Personal; 4 material, varor, entreprenad, köp av verksamhet och bidrag samt 6–7 övriga verksamhetskostnader → Övriga kostnader; 8–9 finansiella och interna poster → Övrigt (ingår i netto). Klass 0–2 är balanskonton och tas inte med. Kostnader = personal + övriga kostnader.

Verksamhet enligt verksamhetsindelningen i SCB:s Räkenskapssammandrag för kommuner (RS), efter de tre första siffrorna: 1xx politisk verksamhet; 500–509 hälso- och sjukvård; 510–519 vård och omsorg om äldre (hemtjänst, särskilt boende och hälso- och sjukvård skiljs på verksamhetens namn), utom 513 insatser enligt LSS/SFB; 520–529 LSS/SFB; 530–549 (färdtjänst) → Övrigt; 550–599 individ- och familjeomsorg; 6xx (flyktingmottagande, arbetsmarknad) och 8xx (affärsverksamhet) → Övrigt. Koderna är kontrollerade mot SCB:s verksamhetsområden i RS-statistiken (500, 505, 510, 513, 520, 530, 559, 569, 571, 575, 585, 600, 610, 800–870); underkoder som 511 och 512 är kommunernas egna. Andra koder (t.ex. 9xx) är inte kontrollerade: där avgör verksamhetens eller enhetens namn, annars Övrigt. Har ni egna koder, lägg en egen mappning (kod eller namn → område); den går alltid före.

Tertial räknar fram en uppföljning per månad med utfall (jan–den månaden): periodens utfall och budget, periodens avvikelse, årsbudget (kolumnen Årsbudget, annars summan av alla tolv månaders budget), helårsprognos (den senaste månadens prognos) och prognosavvikelse. December blir årets utfall och avvikelse. Allt finns per nämnd, verksamhetsområde och enhet.`;
