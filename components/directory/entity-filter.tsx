import { SelectField } from "@/components/ui/select";
import type { DirectoryFilters } from "@/lib/domain/directory-filters";

/**
 * The directory's entity filter: any, the reader's own entity, the others, or one named entity.
 * Its value is the URL's `entity` parameter.
 */
export function EntityFilter({
  value,
  entities,
  labels,
}: {
  value: DirectoryFilters["entity"];
  entities: { code: string; name: string | null }[];
  labels: { label: string; any: string; mine: string; others: string; given: string };
}) {
  return (
    <SelectField
      id="entity"
      name="entity"
      compact
      label={labels.label}
      defaultValue={value.kind === "code" ? value.code : value.kind === "any" ? "" : value.kind}
      placeholder={labels.any}
      options={[
        { value: "mine", label: labels.mine },
        { value: "others", label: labels.others },
      ]}
    >
      <optgroup label={labels.given}>
        {entities.map((e) => (
          <option key={e.code} value={e.code}>
            {e.code} — {e.name}
          </option>
        ))}
      </optgroup>
    </SelectField>
  );
}
