package loader

import "strings"

// Title vocabulary. A title is a run of modifiers ending in a head word
// ("deputy prime minister", "chief spokesman"); the last head says whether
// the holder leads what the title is attached to.

var roleLeaderHeads = wordSet(`president premier chancellor king queen emir sultan chairman
chairwoman chairperson chair head chief leader ceo pope monarch emperor shah taoiseach
secretary-general commander-in-chief director-general founder owner speaker boss
empress ruler dictator strongman rector patriarch archbishop editor-in-chief warlord sheriff`)

var roleOfficialHeads = wordSet(`minister secretary spokesman spokeswoman spokesperson ambassador
envoy general admiral colonel major commander representative negotiator official adviser advisor
aide senator lawmaker deputy governor mayor director officer councillor councilor judge justice
host member mp diplomat lieutenant captain sergeant marshal brigadier attorney prosecutor
correspondent editor analyst economist campaigner activist coordinator administrator commissioner
superintendent inspector rapporteur delegate legislator congressman congresswoman assemblyman
speaker whip treasurer counsel ombudsman regent viceroy consul attaché attache manager executive
governor-general vice-president spokesmen coach barrister lawyer candidate nominee undersecretary
sherpa negotiator chancellor-elect president-elect mediator lobbyist researcher professor
scientist spokespeople councillors class co-founder cardinal comptroller parliamentarian
alderman magistrate emissary regulator commissar registrar counsellor columnist staffer commodore
corporal detective mufti`)

// roleModifiers qualify a head; a run of them before a head is part of the
// title ("vice foreign minister").
var roleModifiers = wordSet(`deputy vice first acting interim caretaker former foreign defence
defense finance interior trade economy economic justice health treasury state army chief senior
top rear lieutenant petty class national security home energy agriculture education environment
labour labor culture information transport commerce industry military prime executive managing press
legal special assistant associate high supreme grand public general principal lead outgoing incoming
elected de facto permanent presidential parliamentary district regional provincial party union
police intelligence navy naval air force coast guard finance budget development planning
communications digital immigration housing science technology tourism sports youth women family
social welfare water oil petroleum mines mining fisheries cyber emergency crown staff political
opposition majority minority ruling shadow overseas policy affairs human rights military's colonial`)

// roleAbbrev expands abbreviated titles and honorifics.
var roleAbbrev = map[string]string{
	"gen.": "general", "gen": "general", "col.": "colonel", "lt.": "lieutenant", "sen.": "senator",
	"rep.": "representative", "gov.": "governor", "adm.": "admiral", "maj.": "major",
	"capt.": "captain", "sgt.": "sergeant", "pres.": "president", "amb.": "ambassador",
	"cmdr.": "commander", "brig.": "brigadier", "lt": "lieutenant", "col": "colonel",
}

var roleHonorifics = wordSet(`mr. mrs. ms. dr. mr mrs ms dr sir dame sheikh prof. professor miss
lord lady madam mme. m. herr rev. reverend father imam rabbi ayatollah saint st.`)

// roleNotCurrent modifiers mean the holder no longer (or not yet) holds it.
var roleNotCurrent = wordSet(`former ex late outgoing`)

// roleIsHead reports whether lower is a title head word.
func roleIsHead(lower string) bool {
	if _, ok := roleAbbrev[lower]; ok {
		return true
	}
	lower = strings.TrimSuffix(lower, "s")
	return roleLeaderHeads[lower] || roleOfficialHeads[lower] || roleLeaderHeads[lower+"s"] ||
		roleOfficialHeads[lower+"s"]
}

// roleIsTitleWord reports whether lower can be part of a title.
func roleIsTitleWord(lower string) bool {
	return roleIsHead(lower) || roleModifiers[lower]
}

// roleChiefOfAll may qualify "chief" or "head" without narrowing it to a
// branch ("acting chief", "top chief").
var roleChiefOfAll = wordSet(`acting interim caretaker top overall executive supreme new longtime
current party`)

// roleLeads reports whether a title (lower-case words) heads what it is
// attached to: "president" does, "vice president" and "deputy chairman"
// do not.
func roleLeads(title string) bool {
	f := strings.Fields(title)
	if len(f) == 0 {
		return false
	}
	for _, m := range f[:len(f)-1] {
		switch m {
		case "deputy", "vice", "assistant", "associate", "former", "ex", "outgoing":
			return false
		}
	}
	last := f[len(f)-1]
	if last == "chief" || last == "head" || last == "boss" {
		// "army chief", "foreign policy chief": the head of a branch, an
		// official of what the title is attached to
		for _, m := range f[:len(f)-1] {
			if !roleChiefOfAll[m] {
				return false
			}
		}
	}
	if last == "minister" && len(f) >= 2 && f[len(f)-2] == "prime" {
		return true
	}
	if last == "general" && len(f) >= 2 && (f[len(f)-2] == "secretary" || f[len(f)-2] == "director") {
		return true // "secretary general", "director general" written apart
	}
	if last == "leader" && len(f) >= 2 && (f[len(f)-2] == "opposition" || f[len(f)-2] == "party") {
		return true
	}
	return roleLeaderHeads[last] || roleLeaderHeads[strings.TrimSuffix(last, "s")]
}

// roleHeadOfState reports whether a title heads a state or government, so
// that a bare "President X" leads the country the article is about.
func roleHeadOfState(title string) bool {
	switch strings.TrimPrefix(strings.TrimPrefix(title, "caretaker "), "interim ") {
	case "president", "prime minister", "premier", "king", "queen", "emir", "sultan", "chancellor",
		"supreme leader", "monarch", "emperor", "taoiseach", "acting president":
		return true
	}
	return false
}

// roleWorksForHeads take "to/for <person>": the holder serves that person.
var roleWorksForHeads = wordSet(`staff adviser advisor aide spokesman spokeswoman spokesperson
secretary assistant counsel envoy`)
