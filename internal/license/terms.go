package license

import (
	"fmt"
	"strings"
)

// Terms templates: the license texts an owner can choose for an offer
// instead of writing their own. The chosen text is pinned to IPFS and its
// CID goes into the offer on chain, so what a licensee agreed to is fixed.

// Template is one license text an offer can use.
type Template struct {
	ID         string // form value, e.g. "cc-by-4.0"
	Name       string // "Creative Commons Attribution 4.0"
	Commercial bool   // whether the text allows commercial use
	URL        string // the official license, "" for ours
	body       string // Markdown with {{heading}}, {{title}} and {{token}}
}

// CustomTemplate is the form value for terms written by the owner.
const CustomTemplate = "custom"

// MaxTermsLen bounds a terms text (bytes of Markdown).
const MaxTermsLen = 64 << 10

// Templates lists the templates in the order the form offers them.
var Templates = []Template{
	{ID: "cc-by-4.0", Name: "Creative Commons Attribution 4.0 (CC-BY-4.0)", Commercial: true,
		URL: "https://creativecommons.org/licenses/by/4.0/legalcode", body: ccBy},
	{ID: "openrail-m", Name: "OpenRAIL-M (responsible AI license)", Commercial: true,
		URL: "https://www.licenses.ai/blog/2022/8/26/bigscience-open-rail-m-license", body: openRAIL},
	{ID: "research", Name: "Research only, non-commercial (modelmarket)", Commercial: false, body: research},
	{ID: "commercial", Name: "Commercial license (modelmarket)", Commercial: true, body: commercial},
}

// TemplateByID returns the template with id; ok is false for an unknown id.
func TemplateByID(id string) (Template, bool) {
	for _, t := range Templates {
		if t.ID == id {
			return t, true
		}
	}
	return Template{}, false
}

// Text is the template's Markdown for the token titled title with id tokenID.
func (t Template) Text(title, tokenID string) string {
	name := escapeMarkdown(strings.TrimSpace(title))
	heading := name + " (token #" + tokenID + ")"
	if name == "" {
		name, heading = "Token #"+tokenID, "Token #"+tokenID
	}
	r := strings.NewReplacer("{{heading}}", heading, "{{title}}", name, "{{token}}", tokenID)
	return r.Replace(t.body)
}

// CheckCustom validates terms an owner wrote: not empty, at most
// MaxTermsLen bytes. The error is for people.
func CheckCustom(text string) error {
	switch {
	case strings.TrimSpace(text) == "":
		return fmt.Errorf("write the license terms, or choose a template")
	case len(text) > MaxTermsLen:
		return fmt.Errorf("the terms are %d KiB; at most %d KiB fit", len(text)>>10, MaxTermsLen>>10)
	}
	return nil
}

// escapeMarkdown keeps a token title from adding links or emphasis to a
// license text.
func escapeMarkdown(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_{}[]()<>#+-.!|", r) {
			b.WriteRune('\\')
		}
		if r == '\n' || r == '\r' {
			r = ' '
		}
		b.WriteRune(r)
	}
	return b.String()
}

const ccBy = `# {{heading}} — Creative Commons Attribution 4.0

This work is licensed to you under the **Creative Commons Attribution 4.0 International** license (CC-BY-4.0).
The full, binding text is the official legal code:
<https://creativecommons.org/licenses/by/4.0/legalcode>.

In short (this summary is not the license):

- You may share and adapt the work, for any purpose, **commercial use included**.
- You must give appropriate credit (the work's title, token #{{token}} and its creator), link to the license, and
  say whether you made changes.
- You may not add terms or technical measures that stop others from doing what the license allows.
- The work comes as is, without warranties.

Your license was recorded on chain when you bought it from the token's offer; its expiry is the one the offer set.
`

const openRAIL = `# {{heading}} — OpenRAIL-M

This model is licensed to you under the **BigScience OpenRAIL-M** license (Open Responsible AI License for models).
The full, binding text is the official license:
<https://www.licenses.ai/blog/2022/8/26/bigscience-open-rail-m-license>.

In short (this summary is not the license):

- You may use, reproduce, modify and distribute the model and its derivatives, **commercial use included**.
- You must not use the model or its derivatives for any of the restricted uses in Attachment A of the license
  (among them: breaking the law, harming minors, generating disinformation meant to harm, automated decisions that
  harm people's legal rights, discrimination).
- If you distribute the model or a derivative, you must pass on these use restrictions and a copy of the license.
- The model comes as is, without warranties.

Your license was recorded on chain when you bought it from the token's offer; its expiry is the one the offer set.
`

const research = `# {{heading}} — Research license, non-commercial

The owner of token #{{token}} grants you, the licensee recorded on chain, a personal, non-exclusive,
non-transferable license to use **{{title}}** (every version of the token) **for research and education only**.

1. **Allowed.** Running, evaluating, fine-tuning and studying the work; publishing papers, benchmarks and results
   about it, with credit to the work and its creator.
2. **Not allowed.** Any commercial use: selling or licensing the work or its outputs, using it in a paid product or
   service, or in the work of a company for profit. Redistributing the weights or files to others.
3. **Derivatives** (fine-tunes, merges) fall under these same terms and may not be distributed.
4. **Term.** The license lasts until the expiry recorded on chain (or forever, if the offer was perpetual).
5. **No warranty.** The work comes as is; the licensor is not liable for any damage from its use.

This is modelmarket's template license, written in plain words; it is not legal advice.
`

const commercial = `# {{heading}} — Commercial license

The owner of token #{{token}} grants you, the licensee recorded on chain, a non-exclusive, non-transferable
license to use **{{title}}** (every version of the token) **for any purpose, commercial use included**.

1. **Allowed.** Using the work and its outputs in your products and services, paid or free; fine-tuning and
   building derivatives for your own use.
2. **Not allowed.** Redistributing the weights or files themselves (or a derivative's weights) to others, or
   sublicensing them. Others need their own license.
3. **Credit.** Where you describe the model behind a product, name the work and its creator.
4. **Term.** The license lasts until the expiry recorded on chain (or forever, if the offer was perpetual). Outputs
   made while it was valid stay yours to use.
5. **No warranty.** The work comes as is; the licensor is not liable for any damage from its use.

This is modelmarket's template license, written in plain words; it is not legal advice.
`
