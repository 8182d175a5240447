// What a SCIM client learns about this server before provisioning (RFC 7644 §4, RFC 7643 §5–7):
// its capabilities, its one resource type (User: groups are not supported) and the schemas of
// that resource, Binôme's staff extension included. Pure data, built for a base URL.
import { SCIM_APPOINTMENT_TYPES, SCIM_SCHEMAS } from "./scim-user";

const DISCOVERY = {
  serviceProviderConfig: "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig",
  resourceType: "urn:ietf:params:scim:schemas:core:2.0:ResourceType",
  schema: "urn:ietf:params:scim:schemas:core:2.0:Schema",
};

/** The largest body a SCIM request may carry (bytes); larger ones get a 413. */
export const SCIM_MAX_BODY_BYTES = 1024 * 1024;
/** The most Users one list page holds. */
export const SCIM_MAX_RESULTS = 200;

export function serviceProviderConfig(baseUrl: string) {
  return {
    schemas: [DISCOVERY.serviceProviderConfig],
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: SCIM_MAX_BODY_BYTES },
    filter: { supported: true, maxResults: SCIM_MAX_RESULTS },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      {
        type: "oauthbearertoken",
        name: "Bearer token",
        description:
          "Authorization: Bearer <token>, a token created by an administrator on /admin/provisioning or the SCIM_TOKEN setting.",
        primary: true,
      },
    ],
    meta: { resourceType: "ServiceProviderConfig", location: `${baseUrl}/ServiceProviderConfig` },
  };
}

export function userResourceType(baseUrl: string) {
  return {
    schemas: [DISCOVERY.resourceType],
    id: "User",
    name: "User",
    endpoint: "/Users",
    description: "A member of staff. Groups are not supported.",
    schema: SCIM_SCHEMAS.user,
    schemaExtensions: [
      { schema: SCIM_SCHEMAS.enterprise, required: false },
      { schema: SCIM_SCHEMAS.staff, required: false },
    ],
    meta: { resourceType: "ResourceType", location: `${baseUrl}/ResourceTypes/User` },
  };
}

type Attribute = {
  name: string;
  type: "string" | "boolean" | "complex" | "reference" | "dateTime";
  multiValued?: boolean;
  required?: boolean;
  mutability?: "readOnly" | "readWrite" | "immutable";
  uniqueness?: "none" | "server";
  caseExact?: boolean;
  description: string;
  canonicalValues?: readonly string[];
  referenceTypes?: string[];
  subAttributes?: Attribute[];
};

/** RFC 7643 §7's defaults written out, as clients read them. */
function attribute(a: Attribute): Record<string, unknown> {
  return {
    name: a.name,
    type: a.type,
    multiValued: a.multiValued ?? false,
    description: a.description,
    required: a.required ?? false,
    caseExact: a.caseExact ?? false,
    mutability: a.mutability ?? "readWrite",
    returned: "default",
    uniqueness: a.uniqueness ?? "none",
    ...(a.canonicalValues ? { canonicalValues: a.canonicalValues } : {}),
    ...(a.referenceTypes ? { referenceTypes: a.referenceTypes } : {}),
    ...(a.subAttributes ? { subAttributes: a.subAttributes.map(attribute) } : {}),
  };
}

const SCHEMAS = [
  {
    id: SCIM_SCHEMAS.user,
    name: "User",
    description: "A member of staff.",
    attributes: [
      {
        name: "userName",
        type: "string",
        required: true,
        uniqueness: "server",
        description: "The person's work e-mail address (stored lower-cased); they sign in with it.",
      },
      { name: "externalId", type: "string", caseExact: true, description: "The provisioning client's own id." },
      { name: "displayName", type: "string", description: "The person's name as shown in Binôme." },
      {
        name: "name",
        type: "complex",
        description: "Read when displayName is absent: formatted, else givenName and familyName.",
        subAttributes: [
          { name: "formatted", type: "string", description: "The full name." },
          { name: "givenName", type: "string", description: "Given name." },
          { name: "familyName", type: "string", description: "Family name." },
        ],
      },
      {
        name: "emails",
        type: "complex",
        multiValued: true,
        mutability: "readOnly",
        description: "The work e-mail, always userName.",
        subAttributes: [
          { name: "value", type: "string", description: "The address." },
          { name: "type", type: "string", canonicalValues: ["work"], description: "Always work." },
          { name: "primary", type: "boolean", description: "Always true." },
        ],
      },
      {
        name: "preferredLanguage",
        type: "string",
        description: "The language of Binôme's pages and e-mails for the person: en or fr (e.g. fr-FR).",
      },
      {
        name: "active",
        type: "boolean",
        description: "false: the person has left (sessions end, requests are withdrawn); true again re-enables them.",
      },
    ] satisfies Attribute[],
  },
  {
    id: SCIM_SCHEMAS.enterprise,
    name: "EnterpriseUser",
    description: "Enterprise User (RFC 7643 §4.3).",
    attributes: [
      {
        name: "employeeNumber",
        type: "string",
        uniqueness: "server",
        description: "The staff index number (the stable key of HR imports).",
      },
      { name: "department", type: "string", description: "The code of the person's entity in Binôme." },
      {
        name: "manager",
        type: "complex",
        description: "The person's supervisor, by their SCIM id.",
        subAttributes: [
          { name: "value", type: "string", description: "The supervisor's SCIM id." },
          { name: "$ref", type: "reference", referenceTypes: ["User"], description: "The supervisor's URI." },
          { name: "displayName", type: "string", mutability: "readOnly", description: "The supervisor's name." },
        ],
      },
    ] satisfies Attribute[],
  },
  {
    id: SCIM_SCHEMAS.staff,
    name: "BinomeStaffUser",
    description: "What Binôme's eligibility and matching rest on.",
    attributes: [
      { name: "dutyStation", type: "string", description: "The code of the person's duty station in Binôme." },
      {
        name: "appointmentType",
        type: "string",
        canonicalValues: SCIM_APPOINTMENT_TYPES,
        description: "The person's appointment type.",
      },
      {
        name: "languages",
        type: "string",
        multiValued: true,
        description: "ISO 639-1 codes of the languages the person speaks (a list, or one comma-separated string).",
      },
    ] satisfies Attribute[],
  },
];

export function scimSchemas(baseUrl: string) {
  return SCHEMAS.map((s) => ({
    schemas: [DISCOVERY.schema],
    id: s.id,
    name: s.name,
    description: s.description,
    attributes: s.attributes.map(attribute),
    meta: { resourceType: "Schema", location: `${baseUrl}/Schemas/${s.id}` },
  }));
}

/** A list of discovery resources (RFC 7644 §4: these endpoints answer ListResponses). */
export function scimList<T>(resources: T[], startIndex = 1, totalResults = resources.length) {
  return {
    schemas: [SCIM_SCHEMAS.listResponse],
    totalResults,
    startIndex,
    itemsPerPage: resources.length,
    Resources: resources,
  };
}
