import { graphql } from '../../gql';

/** Who is registering: an operator (own cases at own facility [R16]) or a facility's contact [R18]. */
export const SiteViewer = graphql(`
  query SiteViewer {
    viewer {
      id
      roles
      operator {
        id
        name
        facility {
          id
          name
        }
      }
      facility {
        id
        name
      }
    }
  }
`);

/** The facility's certified operators, for the contact's choice of the case's operator (the public list [R12]). */
export const FacilityOperators = graphql(`
  query SiteFacilityOperators($facilityId: ID!) {
    certifiedOperators(facilityId: $facilityId) {
      id
      name
    }
  }
`);

export const RegisterCase = graphql(`
  mutation SiteRegisterCase($input: RegisterCaseInput!) {
    registerCase(input: $input) {
      verdict
      registrationNumber
      registeredOn
    }
  }
`);

/** Incomplete registrations and what each still owes [R18], by registration number. */
export const SiteCases = graphql(`
  query SiteCases($first: Int!, $after: String) {
    completionReminders(first: $first, after: $after) {
      case {
        registrationNumber
        procedureDate
        vessel
      }
      missingSections
      missingImageSeries
    }
  }
`);

export const SiteCase = graphql(`
  query SiteCase($registrationNumber: RegistrationNumber!) {
    case(registrationNumber: $registrationNumber) {
      registrationNumber
      registeredOn
      procedureDate
      domestic
      vessel
      status
      ageAtProcedure
      operator {
        id
        name
      }
      patientIdentification {
        code
        initials
      }
      caseReportForm {
        ...SiteForm
      }
      completion {
        ...SiteCompletion
      }
      images {
        seriesInstanceUid
        kind
        frameCount
        instances(first: 200) {
          sopInstanceUid
          status
          quarantineReason
          bytes
          uploadedAt
        }
      }
    }
  }
  fragment SiteCompletion on Completion {
    complete
    missingSections
    missingImageSeries
    receivedImageSeries {
      kind
      receivedAt
    }
  }
  fragment SiteForm on CaseReportForm {
    state
    submittedAt
    background {
      sex
      heightCm
      weightKg
      hypertension
      dyslipidemia
      diabetes
      currentSmoker
      chronicKidneyDisease
      dialysis
      priorMyocardialInfarction
      priorPci
      priorCabg
      peripheralArteryDisease
      priorStroke
      leftVentricularEjectionFraction
    }
    lesion {
      segment
      jcto {
        bluntStump
        calcification
        bendingOver45
        occlusionLength20mmOrMore
        retryLesion
      }
      progressCto {
        proximalCapAmbiguity
        moderateOrSevereTortuosity
        noInterventionalCollaterals
      }
      castle {
        severeTortuosityOrUnseen
        severeCalcification
      }
    }
    procedure {
      strategies {
        strategy
        crossed
      }
      devices {
        guideCatheterFrench
        guidewireCount
        microcatheterCount
        dissectionReentrySystem
        stentCount
        ivusUsed
      }
      contrastVolumeMl
      fluoroscopyTimeMin
      airKermaMGy
    }
    outcome {
      technicalSuccess
      proceduralSuccess
      complications {
        death
        myocardialInfarction
        stroke
        perforation
        tamponade
        emergencyCabg
        donorVesselInjury
        contrastNephropathy
        accessSiteComplication
      }
    }
    judgement {
      trueChronicTotalOcclusion
      finalTimiFlow
      residualStenosisPercent
      comment
    }
    scores {
      jcto {
        score
        category
      }
      progressCto
      castle
    }
    signature {
      signedAt
      valid
      signer {
        name
      }
    }
  }
`);

export const SaveForm = graphql(`
  mutation SiteSaveForm($input: SaveCaseReportFormInput!) {
    saveCaseReportForm(input: $input) {
      registrationNumber
      status
      caseReportForm {
        ...SiteForm
      }
      completion {
        ...SiteCompletion
      }
    }
  }
`);

export const SubmitForm = graphql(`
  mutation SiteSubmitForm($registrationNumber: RegistrationNumber!) {
    submitCaseReportForm(registrationNumber: $registrationNumber) {
      registrationNumber
      caseReportForm {
        ...SiteForm
      }
    }
  }
`);

export const Reauthenticate = graphql(`
  mutation SiteReauthenticate($password: String!, $registrationNumber: RegistrationNumber!) {
    reauthenticateForSignature(password: $password, registrationNumber: $registrationNumber) {
      assertion
      expiresAt
    }
  }
`);

export const SignForm = graphql(`
  mutation SiteSignForm($input: SignCaseReportFormInput!) {
    signCaseReportForm(input: $input) {
      registrationNumber
      caseReportForm {
        ...SiteForm
      }
    }
  }
`);

export const StartUpload = graphql(`
  mutation SiteStartUpload($input: StartImageUploadInput!) {
    startImageUpload(input: $input) {
      id
      stowUrl
    }
  }
`);

export const UploadState = graphql(`
  query SiteUploadState($id: ID!) {
    imageUpload(id: $id) {
      id
      state
      bytesExpected
      bytesReceived
      instancesStored
      instancesQuarantined
      refusals {
        code
      }
    }
  }
`);
