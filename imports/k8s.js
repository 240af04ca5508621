import { ApiObject } from 'cdk8s';
export class KubeMutatingWebhookConfiguration extends ApiObject {
    static GVK = {
        apiVersion: 'admissionregistration.k8s.io/v1',
        kind: 'MutatingWebhookConfiguration',
    };
    static manifest(props = {}) {
        return {
            ...KubeMutatingWebhookConfiguration.GVK,
            ...toJson_KubeMutatingWebhookConfigurationProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeMutatingWebhookConfiguration.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeMutatingWebhookConfiguration.GVK,
            ...toJson_KubeMutatingWebhookConfigurationProps(resolved),
        };
    }
}
export class KubeMutatingWebhookConfigurationList extends ApiObject {
    static GVK = {
        apiVersion: 'admissionregistration.k8s.io/v1',
        kind: 'MutatingWebhookConfigurationList',
    };
    static manifest(props) {
        return {
            ...KubeMutatingWebhookConfigurationList.GVK,
            ...toJson_KubeMutatingWebhookConfigurationListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeMutatingWebhookConfigurationList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeMutatingWebhookConfigurationList.GVK,
            ...toJson_KubeMutatingWebhookConfigurationListProps(resolved),
        };
    }
}
export class KubeValidatingAdmissionPolicy extends ApiObject {
    static GVK = {
        apiVersion: 'admissionregistration.k8s.io/v1',
        kind: 'ValidatingAdmissionPolicy',
    };
    static manifest(props = {}) {
        return {
            ...KubeValidatingAdmissionPolicy.GVK,
            ...toJson_KubeValidatingAdmissionPolicyProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeValidatingAdmissionPolicy.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeValidatingAdmissionPolicy.GVK,
            ...toJson_KubeValidatingAdmissionPolicyProps(resolved),
        };
    }
}
export class KubeValidatingAdmissionPolicyBinding extends ApiObject {
    static GVK = {
        apiVersion: 'admissionregistration.k8s.io/v1',
        kind: 'ValidatingAdmissionPolicyBinding',
    };
    static manifest(props = {}) {
        return {
            ...KubeValidatingAdmissionPolicyBinding.GVK,
            ...toJson_KubeValidatingAdmissionPolicyBindingProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeValidatingAdmissionPolicyBinding.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeValidatingAdmissionPolicyBinding.GVK,
            ...toJson_KubeValidatingAdmissionPolicyBindingProps(resolved),
        };
    }
}
export class KubeValidatingAdmissionPolicyBindingList extends ApiObject {
    static GVK = {
        apiVersion: 'admissionregistration.k8s.io/v1',
        kind: 'ValidatingAdmissionPolicyBindingList',
    };
    static manifest(props) {
        return {
            ...KubeValidatingAdmissionPolicyBindingList.GVK,
            ...toJson_KubeValidatingAdmissionPolicyBindingListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeValidatingAdmissionPolicyBindingList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeValidatingAdmissionPolicyBindingList.GVK,
            ...toJson_KubeValidatingAdmissionPolicyBindingListProps(resolved),
        };
    }
}
export class KubeValidatingAdmissionPolicyList extends ApiObject {
    static GVK = {
        apiVersion: 'admissionregistration.k8s.io/v1',
        kind: 'ValidatingAdmissionPolicyList',
    };
    static manifest(props) {
        return {
            ...KubeValidatingAdmissionPolicyList.GVK,
            ...toJson_KubeValidatingAdmissionPolicyListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeValidatingAdmissionPolicyList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeValidatingAdmissionPolicyList.GVK,
            ...toJson_KubeValidatingAdmissionPolicyListProps(resolved),
        };
    }
}
export class KubeValidatingWebhookConfiguration extends ApiObject {
    static GVK = {
        apiVersion: 'admissionregistration.k8s.io/v1',
        kind: 'ValidatingWebhookConfiguration',
    };
    static manifest(props = {}) {
        return {
            ...KubeValidatingWebhookConfiguration.GVK,
            ...toJson_KubeValidatingWebhookConfigurationProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeValidatingWebhookConfiguration.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeValidatingWebhookConfiguration.GVK,
            ...toJson_KubeValidatingWebhookConfigurationProps(resolved),
        };
    }
}
export class KubeValidatingWebhookConfigurationList extends ApiObject {
    static GVK = {
        apiVersion: 'admissionregistration.k8s.io/v1',
        kind: 'ValidatingWebhookConfigurationList',
    };
    static manifest(props) {
        return {
            ...KubeValidatingWebhookConfigurationList.GVK,
            ...toJson_KubeValidatingWebhookConfigurationListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeValidatingWebhookConfigurationList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeValidatingWebhookConfigurationList.GVK,
            ...toJson_KubeValidatingWebhookConfigurationListProps(resolved),
        };
    }
}
export class KubeMutatingAdmissionPolicyV1Alpha1 extends ApiObject {
    static GVK = {
        apiVersion: 'admissionregistration.k8s.io/v1alpha1',
        kind: 'MutatingAdmissionPolicy',
    };
    static manifest(props = {}) {
        return {
            ...KubeMutatingAdmissionPolicyV1Alpha1.GVK,
            ...toJson_KubeMutatingAdmissionPolicyV1Alpha1Props(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeMutatingAdmissionPolicyV1Alpha1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeMutatingAdmissionPolicyV1Alpha1.GVK,
            ...toJson_KubeMutatingAdmissionPolicyV1Alpha1Props(resolved),
        };
    }
}
export class KubeMutatingAdmissionPolicyBindingV1Alpha1 extends ApiObject {
    static GVK = {
        apiVersion: 'admissionregistration.k8s.io/v1alpha1',
        kind: 'MutatingAdmissionPolicyBinding',
    };
    static manifest(props = {}) {
        return {
            ...KubeMutatingAdmissionPolicyBindingV1Alpha1.GVK,
            ...toJson_KubeMutatingAdmissionPolicyBindingV1Alpha1Props(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeMutatingAdmissionPolicyBindingV1Alpha1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeMutatingAdmissionPolicyBindingV1Alpha1.GVK,
            ...toJson_KubeMutatingAdmissionPolicyBindingV1Alpha1Props(resolved),
        };
    }
}
export class KubeMutatingAdmissionPolicyBindingListV1Alpha1 extends ApiObject {
    static GVK = {
        apiVersion: 'admissionregistration.k8s.io/v1alpha1',
        kind: 'MutatingAdmissionPolicyBindingList',
    };
    static manifest(props) {
        return {
            ...KubeMutatingAdmissionPolicyBindingListV1Alpha1.GVK,
            ...toJson_KubeMutatingAdmissionPolicyBindingListV1Alpha1Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeMutatingAdmissionPolicyBindingListV1Alpha1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeMutatingAdmissionPolicyBindingListV1Alpha1.GVK,
            ...toJson_KubeMutatingAdmissionPolicyBindingListV1Alpha1Props(resolved),
        };
    }
}
export class KubeMutatingAdmissionPolicyListV1Alpha1 extends ApiObject {
    static GVK = {
        apiVersion: 'admissionregistration.k8s.io/v1alpha1',
        kind: 'MutatingAdmissionPolicyList',
    };
    static manifest(props) {
        return {
            ...KubeMutatingAdmissionPolicyListV1Alpha1.GVK,
            ...toJson_KubeMutatingAdmissionPolicyListV1Alpha1Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeMutatingAdmissionPolicyListV1Alpha1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeMutatingAdmissionPolicyListV1Alpha1.GVK,
            ...toJson_KubeMutatingAdmissionPolicyListV1Alpha1Props(resolved),
        };
    }
}
export class KubeValidatingAdmissionPolicyV1Beta1 extends ApiObject {
    static GVK = {
        apiVersion: 'admissionregistration.k8s.io/v1beta1',
        kind: 'ValidatingAdmissionPolicy',
    };
    static manifest(props = {}) {
        return {
            ...KubeValidatingAdmissionPolicyV1Beta1.GVK,
            ...toJson_KubeValidatingAdmissionPolicyV1Beta1Props(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeValidatingAdmissionPolicyV1Beta1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeValidatingAdmissionPolicyV1Beta1.GVK,
            ...toJson_KubeValidatingAdmissionPolicyV1Beta1Props(resolved),
        };
    }
}
export class KubeValidatingAdmissionPolicyBindingV1Beta1 extends ApiObject {
    static GVK = {
        apiVersion: 'admissionregistration.k8s.io/v1beta1',
        kind: 'ValidatingAdmissionPolicyBinding',
    };
    static manifest(props = {}) {
        return {
            ...KubeValidatingAdmissionPolicyBindingV1Beta1.GVK,
            ...toJson_KubeValidatingAdmissionPolicyBindingV1Beta1Props(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeValidatingAdmissionPolicyBindingV1Beta1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeValidatingAdmissionPolicyBindingV1Beta1.GVK,
            ...toJson_KubeValidatingAdmissionPolicyBindingV1Beta1Props(resolved),
        };
    }
}
export class KubeValidatingAdmissionPolicyBindingListV1Beta1 extends ApiObject {
    static GVK = {
        apiVersion: 'admissionregistration.k8s.io/v1beta1',
        kind: 'ValidatingAdmissionPolicyBindingList',
    };
    static manifest(props) {
        return {
            ...KubeValidatingAdmissionPolicyBindingListV1Beta1.GVK,
            ...toJson_KubeValidatingAdmissionPolicyBindingListV1Beta1Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeValidatingAdmissionPolicyBindingListV1Beta1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeValidatingAdmissionPolicyBindingListV1Beta1.GVK,
            ...toJson_KubeValidatingAdmissionPolicyBindingListV1Beta1Props(resolved),
        };
    }
}
export class KubeValidatingAdmissionPolicyListV1Beta1 extends ApiObject {
    static GVK = {
        apiVersion: 'admissionregistration.k8s.io/v1beta1',
        kind: 'ValidatingAdmissionPolicyList',
    };
    static manifest(props) {
        return {
            ...KubeValidatingAdmissionPolicyListV1Beta1.GVK,
            ...toJson_KubeValidatingAdmissionPolicyListV1Beta1Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeValidatingAdmissionPolicyListV1Beta1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeValidatingAdmissionPolicyListV1Beta1.GVK,
            ...toJson_KubeValidatingAdmissionPolicyListV1Beta1Props(resolved),
        };
    }
}
export class KubeStorageVersionV1Alpha1 extends ApiObject {
    static GVK = {
        apiVersion: 'internal.apiserver.k8s.io/v1alpha1',
        kind: 'StorageVersion',
    };
    static manifest(props) {
        return {
            ...KubeStorageVersionV1Alpha1.GVK,
            ...toJson_KubeStorageVersionV1Alpha1Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeStorageVersionV1Alpha1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeStorageVersionV1Alpha1.GVK,
            ...toJson_KubeStorageVersionV1Alpha1Props(resolved),
        };
    }
}
export class KubeStorageVersionListV1Alpha1 extends ApiObject {
    static GVK = {
        apiVersion: 'internal.apiserver.k8s.io/v1alpha1',
        kind: 'StorageVersionList',
    };
    static manifest(props) {
        return {
            ...KubeStorageVersionListV1Alpha1.GVK,
            ...toJson_KubeStorageVersionListV1Alpha1Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeStorageVersionListV1Alpha1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeStorageVersionListV1Alpha1.GVK,
            ...toJson_KubeStorageVersionListV1Alpha1Props(resolved),
        };
    }
}
export class KubeControllerRevision extends ApiObject {
    static GVK = {
        apiVersion: 'apps/v1',
        kind: 'ControllerRevision',
    };
    static manifest(props) {
        return {
            ...KubeControllerRevision.GVK,
            ...toJson_KubeControllerRevisionProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeControllerRevision.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeControllerRevision.GVK,
            ...toJson_KubeControllerRevisionProps(resolved),
        };
    }
}
export class KubeControllerRevisionList extends ApiObject {
    static GVK = {
        apiVersion: 'apps/v1',
        kind: 'ControllerRevisionList',
    };
    static manifest(props) {
        return {
            ...KubeControllerRevisionList.GVK,
            ...toJson_KubeControllerRevisionListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeControllerRevisionList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeControllerRevisionList.GVK,
            ...toJson_KubeControllerRevisionListProps(resolved),
        };
    }
}
export class KubeDaemonSet extends ApiObject {
    static GVK = {
        apiVersion: 'apps/v1',
        kind: 'DaemonSet',
    };
    static manifest(props = {}) {
        return {
            ...KubeDaemonSet.GVK,
            ...toJson_KubeDaemonSetProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeDaemonSet.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeDaemonSet.GVK,
            ...toJson_KubeDaemonSetProps(resolved),
        };
    }
}
export class KubeDaemonSetList extends ApiObject {
    static GVK = {
        apiVersion: 'apps/v1',
        kind: 'DaemonSetList',
    };
    static manifest(props) {
        return {
            ...KubeDaemonSetList.GVK,
            ...toJson_KubeDaemonSetListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeDaemonSetList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeDaemonSetList.GVK,
            ...toJson_KubeDaemonSetListProps(resolved),
        };
    }
}
export class KubeDeployment extends ApiObject {
    static GVK = {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
    };
    static manifest(props = {}) {
        return {
            ...KubeDeployment.GVK,
            ...toJson_KubeDeploymentProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeDeployment.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeDeployment.GVK,
            ...toJson_KubeDeploymentProps(resolved),
        };
    }
}
export class KubeDeploymentList extends ApiObject {
    static GVK = {
        apiVersion: 'apps/v1',
        kind: 'DeploymentList',
    };
    static manifest(props) {
        return {
            ...KubeDeploymentList.GVK,
            ...toJson_KubeDeploymentListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeDeploymentList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeDeploymentList.GVK,
            ...toJson_KubeDeploymentListProps(resolved),
        };
    }
}
export class KubeReplicaSet extends ApiObject {
    static GVK = {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
    };
    static manifest(props = {}) {
        return {
            ...KubeReplicaSet.GVK,
            ...toJson_KubeReplicaSetProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeReplicaSet.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeReplicaSet.GVK,
            ...toJson_KubeReplicaSetProps(resolved),
        };
    }
}
export class KubeReplicaSetList extends ApiObject {
    static GVK = {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSetList',
    };
    static manifest(props) {
        return {
            ...KubeReplicaSetList.GVK,
            ...toJson_KubeReplicaSetListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeReplicaSetList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeReplicaSetList.GVK,
            ...toJson_KubeReplicaSetListProps(resolved),
        };
    }
}
export class KubeStatefulSet extends ApiObject {
    static GVK = {
        apiVersion: 'apps/v1',
        kind: 'StatefulSet',
    };
    static manifest(props = {}) {
        return {
            ...KubeStatefulSet.GVK,
            ...toJson_KubeStatefulSetProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeStatefulSet.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeStatefulSet.GVK,
            ...toJson_KubeStatefulSetProps(resolved),
        };
    }
}
export class KubeStatefulSetList extends ApiObject {
    static GVK = {
        apiVersion: 'apps/v1',
        kind: 'StatefulSetList',
    };
    static manifest(props) {
        return {
            ...KubeStatefulSetList.GVK,
            ...toJson_KubeStatefulSetListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeStatefulSetList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeStatefulSetList.GVK,
            ...toJson_KubeStatefulSetListProps(resolved),
        };
    }
}
export class KubeSelfSubjectReview extends ApiObject {
    static GVK = {
        apiVersion: 'authentication.k8s.io/v1',
        kind: 'SelfSubjectReview',
    };
    static manifest(props = {}) {
        return {
            ...KubeSelfSubjectReview.GVK,
            ...toJson_KubeSelfSubjectReviewProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeSelfSubjectReview.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeSelfSubjectReview.GVK,
            ...toJson_KubeSelfSubjectReviewProps(resolved),
        };
    }
}
export class KubeTokenRequest extends ApiObject {
    static GVK = {
        apiVersion: 'authentication.k8s.io/v1',
        kind: 'TokenRequest',
    };
    static manifest(props) {
        return {
            ...KubeTokenRequest.GVK,
            ...toJson_KubeTokenRequestProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeTokenRequest.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeTokenRequest.GVK,
            ...toJson_KubeTokenRequestProps(resolved),
        };
    }
}
export class KubeTokenReview extends ApiObject {
    static GVK = {
        apiVersion: 'authentication.k8s.io/v1',
        kind: 'TokenReview',
    };
    static manifest(props) {
        return {
            ...KubeTokenReview.GVK,
            ...toJson_KubeTokenReviewProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeTokenReview.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeTokenReview.GVK,
            ...toJson_KubeTokenReviewProps(resolved),
        };
    }
}
export class KubeLocalSubjectAccessReview extends ApiObject {
    static GVK = {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'LocalSubjectAccessReview',
    };
    static manifest(props) {
        return {
            ...KubeLocalSubjectAccessReview.GVK,
            ...toJson_KubeLocalSubjectAccessReviewProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeLocalSubjectAccessReview.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeLocalSubjectAccessReview.GVK,
            ...toJson_KubeLocalSubjectAccessReviewProps(resolved),
        };
    }
}
export class KubeSelfSubjectAccessReview extends ApiObject {
    static GVK = {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SelfSubjectAccessReview',
    };
    static manifest(props) {
        return {
            ...KubeSelfSubjectAccessReview.GVK,
            ...toJson_KubeSelfSubjectAccessReviewProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeSelfSubjectAccessReview.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeSelfSubjectAccessReview.GVK,
            ...toJson_KubeSelfSubjectAccessReviewProps(resolved),
        };
    }
}
export class KubeSelfSubjectRulesReview extends ApiObject {
    static GVK = {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SelfSubjectRulesReview',
    };
    static manifest(props) {
        return {
            ...KubeSelfSubjectRulesReview.GVK,
            ...toJson_KubeSelfSubjectRulesReviewProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeSelfSubjectRulesReview.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeSelfSubjectRulesReview.GVK,
            ...toJson_KubeSelfSubjectRulesReviewProps(resolved),
        };
    }
}
export class KubeSubjectAccessReview extends ApiObject {
    static GVK = {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SubjectAccessReview',
    };
    static manifest(props) {
        return {
            ...KubeSubjectAccessReview.GVK,
            ...toJson_KubeSubjectAccessReviewProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeSubjectAccessReview.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeSubjectAccessReview.GVK,
            ...toJson_KubeSubjectAccessReviewProps(resolved),
        };
    }
}
export class KubeHorizontalPodAutoscaler extends ApiObject {
    static GVK = {
        apiVersion: 'autoscaling/v1',
        kind: 'HorizontalPodAutoscaler',
    };
    static manifest(props = {}) {
        return {
            ...KubeHorizontalPodAutoscaler.GVK,
            ...toJson_KubeHorizontalPodAutoscalerProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeHorizontalPodAutoscaler.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeHorizontalPodAutoscaler.GVK,
            ...toJson_KubeHorizontalPodAutoscalerProps(resolved),
        };
    }
}
export class KubeHorizontalPodAutoscalerList extends ApiObject {
    static GVK = {
        apiVersion: 'autoscaling/v1',
        kind: 'HorizontalPodAutoscalerList',
    };
    static manifest(props) {
        return {
            ...KubeHorizontalPodAutoscalerList.GVK,
            ...toJson_KubeHorizontalPodAutoscalerListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeHorizontalPodAutoscalerList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeHorizontalPodAutoscalerList.GVK,
            ...toJson_KubeHorizontalPodAutoscalerListProps(resolved),
        };
    }
}
export class KubeScale extends ApiObject {
    static GVK = {
        apiVersion: 'autoscaling/v1',
        kind: 'Scale',
    };
    static manifest(props = {}) {
        return {
            ...KubeScale.GVK,
            ...toJson_KubeScaleProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeScale.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeScale.GVK,
            ...toJson_KubeScaleProps(resolved),
        };
    }
}
export class KubeHorizontalPodAutoscalerV2 extends ApiObject {
    static GVK = {
        apiVersion: 'autoscaling/v2',
        kind: 'HorizontalPodAutoscaler',
    };
    static manifest(props = {}) {
        return {
            ...KubeHorizontalPodAutoscalerV2.GVK,
            ...toJson_KubeHorizontalPodAutoscalerV2Props(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeHorizontalPodAutoscalerV2.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeHorizontalPodAutoscalerV2.GVK,
            ...toJson_KubeHorizontalPodAutoscalerV2Props(resolved),
        };
    }
}
export class KubeHorizontalPodAutoscalerListV2 extends ApiObject {
    static GVK = {
        apiVersion: 'autoscaling/v2',
        kind: 'HorizontalPodAutoscalerList',
    };
    static manifest(props) {
        return {
            ...KubeHorizontalPodAutoscalerListV2.GVK,
            ...toJson_KubeHorizontalPodAutoscalerListV2Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeHorizontalPodAutoscalerListV2.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeHorizontalPodAutoscalerListV2.GVK,
            ...toJson_KubeHorizontalPodAutoscalerListV2Props(resolved),
        };
    }
}
export class KubeCronJob extends ApiObject {
    static GVK = {
        apiVersion: 'batch/v1',
        kind: 'CronJob',
    };
    static manifest(props = {}) {
        return {
            ...KubeCronJob.GVK,
            ...toJson_KubeCronJobProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeCronJob.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeCronJob.GVK,
            ...toJson_KubeCronJobProps(resolved),
        };
    }
}
export class KubeCronJobList extends ApiObject {
    static GVK = {
        apiVersion: 'batch/v1',
        kind: 'CronJobList',
    };
    static manifest(props) {
        return {
            ...KubeCronJobList.GVK,
            ...toJson_KubeCronJobListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeCronJobList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeCronJobList.GVK,
            ...toJson_KubeCronJobListProps(resolved),
        };
    }
}
export class KubeJob extends ApiObject {
    static GVK = {
        apiVersion: 'batch/v1',
        kind: 'Job',
    };
    static manifest(props = {}) {
        return {
            ...KubeJob.GVK,
            ...toJson_KubeJobProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeJob.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeJob.GVK,
            ...toJson_KubeJobProps(resolved),
        };
    }
}
export class KubeJobList extends ApiObject {
    static GVK = {
        apiVersion: 'batch/v1',
        kind: 'JobList',
    };
    static manifest(props) {
        return {
            ...KubeJobList.GVK,
            ...toJson_KubeJobListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeJobList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeJobList.GVK,
            ...toJson_KubeJobListProps(resolved),
        };
    }
}
export class KubeCertificateSigningRequest extends ApiObject {
    static GVK = {
        apiVersion: 'certificates.k8s.io/v1',
        kind: 'CertificateSigningRequest',
    };
    static manifest(props) {
        return {
            ...KubeCertificateSigningRequest.GVK,
            ...toJson_KubeCertificateSigningRequestProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeCertificateSigningRequest.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeCertificateSigningRequest.GVK,
            ...toJson_KubeCertificateSigningRequestProps(resolved),
        };
    }
}
export class KubeCertificateSigningRequestList extends ApiObject {
    static GVK = {
        apiVersion: 'certificates.k8s.io/v1',
        kind: 'CertificateSigningRequestList',
    };
    static manifest(props) {
        return {
            ...KubeCertificateSigningRequestList.GVK,
            ...toJson_KubeCertificateSigningRequestListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeCertificateSigningRequestList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeCertificateSigningRequestList.GVK,
            ...toJson_KubeCertificateSigningRequestListProps(resolved),
        };
    }
}
export class KubeClusterTrustBundleV1Alpha1 extends ApiObject {
    static GVK = {
        apiVersion: 'certificates.k8s.io/v1alpha1',
        kind: 'ClusterTrustBundle',
    };
    static manifest(props) {
        return {
            ...KubeClusterTrustBundleV1Alpha1.GVK,
            ...toJson_KubeClusterTrustBundleV1Alpha1Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeClusterTrustBundleV1Alpha1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeClusterTrustBundleV1Alpha1.GVK,
            ...toJson_KubeClusterTrustBundleV1Alpha1Props(resolved),
        };
    }
}
export class KubeClusterTrustBundleListV1Alpha1 extends ApiObject {
    static GVK = {
        apiVersion: 'certificates.k8s.io/v1alpha1',
        kind: 'ClusterTrustBundleList',
    };
    static manifest(props) {
        return {
            ...KubeClusterTrustBundleListV1Alpha1.GVK,
            ...toJson_KubeClusterTrustBundleListV1Alpha1Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeClusterTrustBundleListV1Alpha1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeClusterTrustBundleListV1Alpha1.GVK,
            ...toJson_KubeClusterTrustBundleListV1Alpha1Props(resolved),
        };
    }
}
export class KubeClusterTrustBundleV1Beta1 extends ApiObject {
    static GVK = {
        apiVersion: 'certificates.k8s.io/v1beta1',
        kind: 'ClusterTrustBundle',
    };
    static manifest(props) {
        return {
            ...KubeClusterTrustBundleV1Beta1.GVK,
            ...toJson_KubeClusterTrustBundleV1Beta1Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeClusterTrustBundleV1Beta1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeClusterTrustBundleV1Beta1.GVK,
            ...toJson_KubeClusterTrustBundleV1Beta1Props(resolved),
        };
    }
}
export class KubeClusterTrustBundleListV1Beta1 extends ApiObject {
    static GVK = {
        apiVersion: 'certificates.k8s.io/v1beta1',
        kind: 'ClusterTrustBundleList',
    };
    static manifest(props) {
        return {
            ...KubeClusterTrustBundleListV1Beta1.GVK,
            ...toJson_KubeClusterTrustBundleListV1Beta1Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeClusterTrustBundleListV1Beta1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeClusterTrustBundleListV1Beta1.GVK,
            ...toJson_KubeClusterTrustBundleListV1Beta1Props(resolved),
        };
    }
}
export class KubeLease extends ApiObject {
    static GVK = {
        apiVersion: 'coordination.k8s.io/v1',
        kind: 'Lease',
    };
    static manifest(props = {}) {
        return {
            ...KubeLease.GVK,
            ...toJson_KubeLeaseProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeLease.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeLease.GVK,
            ...toJson_KubeLeaseProps(resolved),
        };
    }
}
export class KubeLeaseList extends ApiObject {
    static GVK = {
        apiVersion: 'coordination.k8s.io/v1',
        kind: 'LeaseList',
    };
    static manifest(props) {
        return {
            ...KubeLeaseList.GVK,
            ...toJson_KubeLeaseListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeLeaseList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeLeaseList.GVK,
            ...toJson_KubeLeaseListProps(resolved),
        };
    }
}
export class KubeLeaseCandidateV1Alpha2 extends ApiObject {
    static GVK = {
        apiVersion: 'coordination.k8s.io/v1alpha2',
        kind: 'LeaseCandidate',
    };
    static manifest(props = {}) {
        return {
            ...KubeLeaseCandidateV1Alpha2.GVK,
            ...toJson_KubeLeaseCandidateV1Alpha2Props(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeLeaseCandidateV1Alpha2.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeLeaseCandidateV1Alpha2.GVK,
            ...toJson_KubeLeaseCandidateV1Alpha2Props(resolved),
        };
    }
}
export class KubeLeaseCandidateListV1Alpha2 extends ApiObject {
    static GVK = {
        apiVersion: 'coordination.k8s.io/v1alpha2',
        kind: 'LeaseCandidateList',
    };
    static manifest(props) {
        return {
            ...KubeLeaseCandidateListV1Alpha2.GVK,
            ...toJson_KubeLeaseCandidateListV1Alpha2Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeLeaseCandidateListV1Alpha2.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeLeaseCandidateListV1Alpha2.GVK,
            ...toJson_KubeLeaseCandidateListV1Alpha2Props(resolved),
        };
    }
}
export class KubeLeaseCandidateV1Beta1 extends ApiObject {
    static GVK = {
        apiVersion: 'coordination.k8s.io/v1beta1',
        kind: 'LeaseCandidate',
    };
    static manifest(props = {}) {
        return {
            ...KubeLeaseCandidateV1Beta1.GVK,
            ...toJson_KubeLeaseCandidateV1Beta1Props(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeLeaseCandidateV1Beta1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeLeaseCandidateV1Beta1.GVK,
            ...toJson_KubeLeaseCandidateV1Beta1Props(resolved),
        };
    }
}
export class KubeLeaseCandidateListV1Beta1 extends ApiObject {
    static GVK = {
        apiVersion: 'coordination.k8s.io/v1beta1',
        kind: 'LeaseCandidateList',
    };
    static manifest(props) {
        return {
            ...KubeLeaseCandidateListV1Beta1.GVK,
            ...toJson_KubeLeaseCandidateListV1Beta1Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeLeaseCandidateListV1Beta1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeLeaseCandidateListV1Beta1.GVK,
            ...toJson_KubeLeaseCandidateListV1Beta1Props(resolved),
        };
    }
}
export class KubeBinding extends ApiObject {
    static GVK = {
        apiVersion: 'v1',
        kind: 'Binding',
    };
    static manifest(props) {
        return {
            ...KubeBinding.GVK,
            ...toJson_KubeBindingProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeBinding.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeBinding.GVK,
            ...toJson_KubeBindingProps(resolved),
        };
    }
}
export class KubeComponentStatus extends ApiObject {
    static GVK = {
        apiVersion: 'v1',
        kind: 'ComponentStatus',
    };
    static manifest(props = {}) {
        return {
            ...KubeComponentStatus.GVK,
            ...toJson_KubeComponentStatusProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeComponentStatus.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeComponentStatus.GVK,
            ...toJson_KubeComponentStatusProps(resolved),
        };
    }
}
export class KubeComponentStatusList extends ApiObject {
    static GVK = {
        apiVersion: 'v1',
        kind: 'ComponentStatusList',
    };
    static manifest(props) {
        return {
            ...KubeComponentStatusList.GVK,
            ...toJson_KubeComponentStatusListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeComponentStatusList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeComponentStatusList.GVK,
            ...toJson_KubeComponentStatusListProps(resolved),
        };
    }
}
export class KubeConfigMap extends ApiObject {
    static GVK = {
        apiVersion: 'v1',
        kind: 'ConfigMap',
    };
    static manifest(props = {}) {
        return {
            ...KubeConfigMap.GVK,
            ...toJson_KubeConfigMapProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeConfigMap.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeConfigMap.GVK,
            ...toJson_KubeConfigMapProps(resolved),
        };
    }
}
export class KubeConfigMapList extends ApiObject {
    static GVK = {
        apiVersion: 'v1',
        kind: 'ConfigMapList',
    };
    static manifest(props) {
        return {
            ...KubeConfigMapList.GVK,
            ...toJson_KubeConfigMapListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeConfigMapList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeConfigMapList.GVK,
            ...toJson_KubeConfigMapListProps(resolved),
        };
    }
}
export class KubeEndpoints extends ApiObject {
    static GVK = {
        apiVersion: 'v1',
        kind: 'Endpoints',
    };
    static manifest(props = {}) {
        return {
            ...KubeEndpoints.GVK,
            ...toJson_KubeEndpointsProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeEndpoints.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeEndpoints.GVK,
            ...toJson_KubeEndpointsProps(resolved),
        };
    }
}
export class KubeEndpointsList extends ApiObject {
    static GVK = {
        apiVersion: 'v1',
        kind: 'EndpointsList',
    };
    static manifest(props) {
        return {
            ...KubeEndpointsList.GVK,
            ...toJson_KubeEndpointsListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeEndpointsList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeEndpointsList.GVK,
            ...toJson_KubeEndpointsListProps(resolved),
        };
    }
}
export class KubeEvent extends ApiObject {
    static GVK = {
        apiVersion: 'events.k8s.io/v1',
        kind: 'Event',
    };
    static manifest(props) {
        return {
            ...KubeEvent.GVK,
            ...toJson_KubeEventProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeEvent.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeEvent.GVK,
            ...toJson_KubeEventProps(resolved),
        };
    }
}
export class KubeEventList extends ApiObject {
    static GVK = {
        apiVersion: 'events.k8s.io/v1',
        kind: 'EventList',
    };
    static manifest(props) {
        return {
            ...KubeEventList.GVK,
            ...toJson_KubeEventListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeEventList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeEventList.GVK,
            ...toJson_KubeEventListProps(resolved),
        };
    }
}
export class KubeLimitRange extends ApiObject {
    static GVK = {
        apiVersion: 'v1',
        kind: 'LimitRange',
    };
    static manifest(props = {}) {
        return {
            ...KubeLimitRange.GVK,
            ...toJson_KubeLimitRangeProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeLimitRange.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeLimitRange.GVK,
            ...toJson_KubeLimitRangeProps(resolved),
        };
    }
}
export class KubeLimitRangeList extends ApiObject {
    static GVK = {
        apiVersion: 'v1',
        kind: 'LimitRangeList',
    };
    static manifest(props) {
        return {
            ...KubeLimitRangeList.GVK,
            ...toJson_KubeLimitRangeListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeLimitRangeList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeLimitRangeList.GVK,
            ...toJson_KubeLimitRangeListProps(resolved),
        };
    }
}
export class KubeNamespace extends ApiObject {
    static GVK = {
        apiVersion: 'v1',
        kind: 'Namespace',
    };
    static manifest(props = {}) {
        return {
            ...KubeNamespace.GVK,
            ...toJson_KubeNamespaceProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeNamespace.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeNamespace.GVK,
            ...toJson_KubeNamespaceProps(resolved),
        };
    }
}
export class KubeNamespaceList extends ApiObject {
    static GVK = {
        apiVersion: 'v1',
        kind: 'NamespaceList',
    };
    static manifest(props) {
        return {
            ...KubeNamespaceList.GVK,
            ...toJson_KubeNamespaceListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeNamespaceList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeNamespaceList.GVK,
            ...toJson_KubeNamespaceListProps(resolved),
        };
    }
}
export class KubeNode extends ApiObject {
    static GVK = {
        apiVersion: 'v1',
        kind: 'Node',
    };
    static manifest(props = {}) {
        return {
            ...KubeNode.GVK,
            ...toJson_KubeNodeProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeNode.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeNode.GVK,
            ...toJson_KubeNodeProps(resolved),
        };
    }
}
export class KubeNodeList extends ApiObject {
    static GVK = {
        apiVersion: 'v1',
        kind: 'NodeList',
    };
    static manifest(props) {
        return {
            ...KubeNodeList.GVK,
            ...toJson_KubeNodeListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeNodeList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeNodeList.GVK,
            ...toJson_KubeNodeListProps(resolved),
        };
    }
}
export class KubePersistentVolume extends ApiObject {
    static GVK = {
        apiVersion: 'v1',
        kind: 'PersistentVolume',
    };
    static manifest(props = {}) {
        return {
            ...KubePersistentVolume.GVK,
            ...toJson_KubePersistentVolumeProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubePersistentVolume.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubePersistentVolume.GVK,
            ...toJson_KubePersistentVolumeProps(resolved),
        };
    }
}
export class KubePersistentVolumeClaim extends ApiObject {
    static GVK = {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
    };
    static manifest(props = {}) {
        return {
            ...KubePersistentVolumeClaim.GVK,
            ...toJson_KubePersistentVolumeClaimProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubePersistentVolumeClaim.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubePersistentVolumeClaim.GVK,
            ...toJson_KubePersistentVolumeClaimProps(resolved),
        };
    }
}
export class KubePersistentVolumeClaimList extends ApiObject {
    static GVK = {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaimList',
    };
    static manifest(props) {
        return {
            ...KubePersistentVolumeClaimList.GVK,
            ...toJson_KubePersistentVolumeClaimListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubePersistentVolumeClaimList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubePersistentVolumeClaimList.GVK,
            ...toJson_KubePersistentVolumeClaimListProps(resolved),
        };
    }
}
export class KubePersistentVolumeList extends ApiObject {
    static GVK = {
        apiVersion: 'v1',
        kind: 'PersistentVolumeList',
    };
    static manifest(props) {
        return {
            ...KubePersistentVolumeList.GVK,
            ...toJson_KubePersistentVolumeListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubePersistentVolumeList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubePersistentVolumeList.GVK,
            ...toJson_KubePersistentVolumeListProps(resolved),
        };
    }
}
export class KubePod extends ApiObject {
    static GVK = {
        apiVersion: 'v1',
        kind: 'Pod',
    };
    static manifest(props = {}) {
        return {
            ...KubePod.GVK,
            ...toJson_KubePodProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubePod.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubePod.GVK,
            ...toJson_KubePodProps(resolved),
        };
    }
}
export class KubePodList extends ApiObject {
    static GVK = {
        apiVersion: 'v1',
        kind: 'PodList',
    };
    static manifest(props) {
        return {
            ...KubePodList.GVK,
            ...toJson_KubePodListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubePodList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubePodList.GVK,
            ...toJson_KubePodListProps(resolved),
        };
    }
}
export class KubePodTemplate extends ApiObject {
    static GVK = {
        apiVersion: 'v1',
        kind: 'PodTemplate',
    };
    static manifest(props = {}) {
        return {
            ...KubePodTemplate.GVK,
            ...toJson_KubePodTemplateProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubePodTemplate.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubePodTemplate.GVK,
            ...toJson_KubePodTemplateProps(resolved),
        };
    }
}
export class KubePodTemplateList extends ApiObject {
    static GVK = {
        apiVersion: 'v1',
        kind: 'PodTemplateList',
    };
    static manifest(props) {
        return {
            ...KubePodTemplateList.GVK,
            ...toJson_KubePodTemplateListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubePodTemplateList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubePodTemplateList.GVK,
            ...toJson_KubePodTemplateListProps(resolved),
        };
    }
}
export class KubeReplicationController extends ApiObject {
    static GVK = {
        apiVersion: 'v1',
        kind: 'ReplicationController',
    };
    static manifest(props = {}) {
        return {
            ...KubeReplicationController.GVK,
            ...toJson_KubeReplicationControllerProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeReplicationController.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeReplicationController.GVK,
            ...toJson_KubeReplicationControllerProps(resolved),
        };
    }
}
export class KubeReplicationControllerList extends ApiObject {
    static GVK = {
        apiVersion: 'v1',
        kind: 'ReplicationControllerList',
    };
    static manifest(props) {
        return {
            ...KubeReplicationControllerList.GVK,
            ...toJson_KubeReplicationControllerListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeReplicationControllerList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeReplicationControllerList.GVK,
            ...toJson_KubeReplicationControllerListProps(resolved),
        };
    }
}
export class KubeResourceQuota extends ApiObject {
    static GVK = {
        apiVersion: 'v1',
        kind: 'ResourceQuota',
    };
    static manifest(props = {}) {
        return {
            ...KubeResourceQuota.GVK,
            ...toJson_KubeResourceQuotaProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeResourceQuota.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeResourceQuota.GVK,
            ...toJson_KubeResourceQuotaProps(resolved),
        };
    }
}
export class KubeResourceQuotaList extends ApiObject {
    static GVK = {
        apiVersion: 'v1',
        kind: 'ResourceQuotaList',
    };
    static manifest(props) {
        return {
            ...KubeResourceQuotaList.GVK,
            ...toJson_KubeResourceQuotaListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeResourceQuotaList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeResourceQuotaList.GVK,
            ...toJson_KubeResourceQuotaListProps(resolved),
        };
    }
}
export class KubeSecret extends ApiObject {
    static GVK = {
        apiVersion: 'v1',
        kind: 'Secret',
    };
    static manifest(props = {}) {
        return {
            ...KubeSecret.GVK,
            ...toJson_KubeSecretProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeSecret.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeSecret.GVK,
            ...toJson_KubeSecretProps(resolved),
        };
    }
}
export class KubeSecretList extends ApiObject {
    static GVK = {
        apiVersion: 'v1',
        kind: 'SecretList',
    };
    static manifest(props) {
        return {
            ...KubeSecretList.GVK,
            ...toJson_KubeSecretListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeSecretList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeSecretList.GVK,
            ...toJson_KubeSecretListProps(resolved),
        };
    }
}
export class KubeService extends ApiObject {
    static GVK = {
        apiVersion: 'v1',
        kind: 'Service',
    };
    static manifest(props = {}) {
        return {
            ...KubeService.GVK,
            ...toJson_KubeServiceProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeService.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeService.GVK,
            ...toJson_KubeServiceProps(resolved),
        };
    }
}
export class KubeServiceAccount extends ApiObject {
    static GVK = {
        apiVersion: 'v1',
        kind: 'ServiceAccount',
    };
    static manifest(props = {}) {
        return {
            ...KubeServiceAccount.GVK,
            ...toJson_KubeServiceAccountProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeServiceAccount.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeServiceAccount.GVK,
            ...toJson_KubeServiceAccountProps(resolved),
        };
    }
}
export class KubeServiceAccountList extends ApiObject {
    static GVK = {
        apiVersion: 'v1',
        kind: 'ServiceAccountList',
    };
    static manifest(props) {
        return {
            ...KubeServiceAccountList.GVK,
            ...toJson_KubeServiceAccountListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeServiceAccountList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeServiceAccountList.GVK,
            ...toJson_KubeServiceAccountListProps(resolved),
        };
    }
}
export class KubeServiceList extends ApiObject {
    static GVK = {
        apiVersion: 'v1',
        kind: 'ServiceList',
    };
    static manifest(props) {
        return {
            ...KubeServiceList.GVK,
            ...toJson_KubeServiceListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeServiceList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeServiceList.GVK,
            ...toJson_KubeServiceListProps(resolved),
        };
    }
}
export class KubeEndpointSlice extends ApiObject {
    static GVK = {
        apiVersion: 'discovery.k8s.io/v1',
        kind: 'EndpointSlice',
    };
    static manifest(props) {
        return {
            ...KubeEndpointSlice.GVK,
            ...toJson_KubeEndpointSliceProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeEndpointSlice.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeEndpointSlice.GVK,
            ...toJson_KubeEndpointSliceProps(resolved),
        };
    }
}
export class KubeEndpointSliceList extends ApiObject {
    static GVK = {
        apiVersion: 'discovery.k8s.io/v1',
        kind: 'EndpointSliceList',
    };
    static manifest(props) {
        return {
            ...KubeEndpointSliceList.GVK,
            ...toJson_KubeEndpointSliceListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeEndpointSliceList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeEndpointSliceList.GVK,
            ...toJson_KubeEndpointSliceListProps(resolved),
        };
    }
}
export class KubeFlowSchema extends ApiObject {
    static GVK = {
        apiVersion: 'flowcontrol.apiserver.k8s.io/v1',
        kind: 'FlowSchema',
    };
    static manifest(props = {}) {
        return {
            ...KubeFlowSchema.GVK,
            ...toJson_KubeFlowSchemaProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeFlowSchema.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeFlowSchema.GVK,
            ...toJson_KubeFlowSchemaProps(resolved),
        };
    }
}
export class KubeFlowSchemaList extends ApiObject {
    static GVK = {
        apiVersion: 'flowcontrol.apiserver.k8s.io/v1',
        kind: 'FlowSchemaList',
    };
    static manifest(props) {
        return {
            ...KubeFlowSchemaList.GVK,
            ...toJson_KubeFlowSchemaListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeFlowSchemaList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeFlowSchemaList.GVK,
            ...toJson_KubeFlowSchemaListProps(resolved),
        };
    }
}
export class KubePriorityLevelConfiguration extends ApiObject {
    static GVK = {
        apiVersion: 'flowcontrol.apiserver.k8s.io/v1',
        kind: 'PriorityLevelConfiguration',
    };
    static manifest(props = {}) {
        return {
            ...KubePriorityLevelConfiguration.GVK,
            ...toJson_KubePriorityLevelConfigurationProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubePriorityLevelConfiguration.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubePriorityLevelConfiguration.GVK,
            ...toJson_KubePriorityLevelConfigurationProps(resolved),
        };
    }
}
export class KubePriorityLevelConfigurationList extends ApiObject {
    static GVK = {
        apiVersion: 'flowcontrol.apiserver.k8s.io/v1',
        kind: 'PriorityLevelConfigurationList',
    };
    static manifest(props) {
        return {
            ...KubePriorityLevelConfigurationList.GVK,
            ...toJson_KubePriorityLevelConfigurationListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubePriorityLevelConfigurationList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubePriorityLevelConfigurationList.GVK,
            ...toJson_KubePriorityLevelConfigurationListProps(resolved),
        };
    }
}
export class KubeIpAddress extends ApiObject {
    static GVK = {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'IPAddress',
    };
    static manifest(props = {}) {
        return {
            ...KubeIpAddress.GVK,
            ...toJson_KubeIpAddressProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeIpAddress.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeIpAddress.GVK,
            ...toJson_KubeIpAddressProps(resolved),
        };
    }
}
export class KubeIpAddressList extends ApiObject {
    static GVK = {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'IPAddressList',
    };
    static manifest(props) {
        return {
            ...KubeIpAddressList.GVK,
            ...toJson_KubeIpAddressListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeIpAddressList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeIpAddressList.GVK,
            ...toJson_KubeIpAddressListProps(resolved),
        };
    }
}
export class KubeIngress extends ApiObject {
    static GVK = {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'Ingress',
    };
    static manifest(props = {}) {
        return {
            ...KubeIngress.GVK,
            ...toJson_KubeIngressProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeIngress.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeIngress.GVK,
            ...toJson_KubeIngressProps(resolved),
        };
    }
}
export class KubeIngressClass extends ApiObject {
    static GVK = {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'IngressClass',
    };
    static manifest(props = {}) {
        return {
            ...KubeIngressClass.GVK,
            ...toJson_KubeIngressClassProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeIngressClass.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeIngressClass.GVK,
            ...toJson_KubeIngressClassProps(resolved),
        };
    }
}
export class KubeIngressClassList extends ApiObject {
    static GVK = {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'IngressClassList',
    };
    static manifest(props) {
        return {
            ...KubeIngressClassList.GVK,
            ...toJson_KubeIngressClassListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeIngressClassList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeIngressClassList.GVK,
            ...toJson_KubeIngressClassListProps(resolved),
        };
    }
}
export class KubeIngressList extends ApiObject {
    static GVK = {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'IngressList',
    };
    static manifest(props) {
        return {
            ...KubeIngressList.GVK,
            ...toJson_KubeIngressListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeIngressList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeIngressList.GVK,
            ...toJson_KubeIngressListProps(resolved),
        };
    }
}
export class KubeNetworkPolicy extends ApiObject {
    static GVK = {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
    };
    static manifest(props = {}) {
        return {
            ...KubeNetworkPolicy.GVK,
            ...toJson_KubeNetworkPolicyProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeNetworkPolicy.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeNetworkPolicy.GVK,
            ...toJson_KubeNetworkPolicyProps(resolved),
        };
    }
}
export class KubeNetworkPolicyList extends ApiObject {
    static GVK = {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicyList',
    };
    static manifest(props) {
        return {
            ...KubeNetworkPolicyList.GVK,
            ...toJson_KubeNetworkPolicyListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeNetworkPolicyList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeNetworkPolicyList.GVK,
            ...toJson_KubeNetworkPolicyListProps(resolved),
        };
    }
}
export class KubeServiceCidr extends ApiObject {
    static GVK = {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'ServiceCIDR',
    };
    static manifest(props = {}) {
        return {
            ...KubeServiceCidr.GVK,
            ...toJson_KubeServiceCidrProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeServiceCidr.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeServiceCidr.GVK,
            ...toJson_KubeServiceCidrProps(resolved),
        };
    }
}
export class KubeServiceCidrList extends ApiObject {
    static GVK = {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'ServiceCIDRList',
    };
    static manifest(props) {
        return {
            ...KubeServiceCidrList.GVK,
            ...toJson_KubeServiceCidrListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeServiceCidrList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeServiceCidrList.GVK,
            ...toJson_KubeServiceCidrListProps(resolved),
        };
    }
}
export class KubeIpAddressV1Beta1 extends ApiObject {
    static GVK = {
        apiVersion: 'networking.k8s.io/v1beta1',
        kind: 'IPAddress',
    };
    static manifest(props = {}) {
        return {
            ...KubeIpAddressV1Beta1.GVK,
            ...toJson_KubeIpAddressV1Beta1Props(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeIpAddressV1Beta1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeIpAddressV1Beta1.GVK,
            ...toJson_KubeIpAddressV1Beta1Props(resolved),
        };
    }
}
export class KubeIpAddressListV1Beta1 extends ApiObject {
    static GVK = {
        apiVersion: 'networking.k8s.io/v1beta1',
        kind: 'IPAddressList',
    };
    static manifest(props) {
        return {
            ...KubeIpAddressListV1Beta1.GVK,
            ...toJson_KubeIpAddressListV1Beta1Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeIpAddressListV1Beta1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeIpAddressListV1Beta1.GVK,
            ...toJson_KubeIpAddressListV1Beta1Props(resolved),
        };
    }
}
export class KubeServiceCidrv1Beta1 extends ApiObject {
    static GVK = {
        apiVersion: 'networking.k8s.io/v1beta1',
        kind: 'ServiceCIDR',
    };
    static manifest(props = {}) {
        return {
            ...KubeServiceCidrv1Beta1.GVK,
            ...toJson_KubeServiceCidrv1Beta1Props(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeServiceCidrv1Beta1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeServiceCidrv1Beta1.GVK,
            ...toJson_KubeServiceCidrv1Beta1Props(resolved),
        };
    }
}
export class KubeServiceCidrListV1Beta1 extends ApiObject {
    static GVK = {
        apiVersion: 'networking.k8s.io/v1beta1',
        kind: 'ServiceCIDRList',
    };
    static manifest(props) {
        return {
            ...KubeServiceCidrListV1Beta1.GVK,
            ...toJson_KubeServiceCidrListV1Beta1Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeServiceCidrListV1Beta1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeServiceCidrListV1Beta1.GVK,
            ...toJson_KubeServiceCidrListV1Beta1Props(resolved),
        };
    }
}
export class KubeRuntimeClass extends ApiObject {
    static GVK = {
        apiVersion: 'node.k8s.io/v1',
        kind: 'RuntimeClass',
    };
    static manifest(props) {
        return {
            ...KubeRuntimeClass.GVK,
            ...toJson_KubeRuntimeClassProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeRuntimeClass.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeRuntimeClass.GVK,
            ...toJson_KubeRuntimeClassProps(resolved),
        };
    }
}
export class KubeRuntimeClassList extends ApiObject {
    static GVK = {
        apiVersion: 'node.k8s.io/v1',
        kind: 'RuntimeClassList',
    };
    static manifest(props) {
        return {
            ...KubeRuntimeClassList.GVK,
            ...toJson_KubeRuntimeClassListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeRuntimeClassList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeRuntimeClassList.GVK,
            ...toJson_KubeRuntimeClassListProps(resolved),
        };
    }
}
export class KubeEviction extends ApiObject {
    static GVK = {
        apiVersion: 'policy/v1',
        kind: 'Eviction',
    };
    static manifest(props = {}) {
        return {
            ...KubeEviction.GVK,
            ...toJson_KubeEvictionProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeEviction.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeEviction.GVK,
            ...toJson_KubeEvictionProps(resolved),
        };
    }
}
export class KubePodDisruptionBudget extends ApiObject {
    static GVK = {
        apiVersion: 'policy/v1',
        kind: 'PodDisruptionBudget',
    };
    static manifest(props = {}) {
        return {
            ...KubePodDisruptionBudget.GVK,
            ...toJson_KubePodDisruptionBudgetProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubePodDisruptionBudget.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubePodDisruptionBudget.GVK,
            ...toJson_KubePodDisruptionBudgetProps(resolved),
        };
    }
}
export class KubePodDisruptionBudgetList extends ApiObject {
    static GVK = {
        apiVersion: 'policy/v1',
        kind: 'PodDisruptionBudgetList',
    };
    static manifest(props) {
        return {
            ...KubePodDisruptionBudgetList.GVK,
            ...toJson_KubePodDisruptionBudgetListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubePodDisruptionBudgetList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubePodDisruptionBudgetList.GVK,
            ...toJson_KubePodDisruptionBudgetListProps(resolved),
        };
    }
}
export class KubeClusterRole extends ApiObject {
    static GVK = {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRole',
    };
    static manifest(props = {}) {
        return {
            ...KubeClusterRole.GVK,
            ...toJson_KubeClusterRoleProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeClusterRole.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeClusterRole.GVK,
            ...toJson_KubeClusterRoleProps(resolved),
        };
    }
}
export class KubeClusterRoleBinding extends ApiObject {
    static GVK = {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRoleBinding',
    };
    static manifest(props) {
        return {
            ...KubeClusterRoleBinding.GVK,
            ...toJson_KubeClusterRoleBindingProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeClusterRoleBinding.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeClusterRoleBinding.GVK,
            ...toJson_KubeClusterRoleBindingProps(resolved),
        };
    }
}
export class KubeClusterRoleBindingList extends ApiObject {
    static GVK = {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRoleBindingList',
    };
    static manifest(props) {
        return {
            ...KubeClusterRoleBindingList.GVK,
            ...toJson_KubeClusterRoleBindingListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeClusterRoleBindingList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeClusterRoleBindingList.GVK,
            ...toJson_KubeClusterRoleBindingListProps(resolved),
        };
    }
}
export class KubeClusterRoleList extends ApiObject {
    static GVK = {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRoleList',
    };
    static manifest(props) {
        return {
            ...KubeClusterRoleList.GVK,
            ...toJson_KubeClusterRoleListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeClusterRoleList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeClusterRoleList.GVK,
            ...toJson_KubeClusterRoleListProps(resolved),
        };
    }
}
export class KubeRole extends ApiObject {
    static GVK = {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'Role',
    };
    static manifest(props = {}) {
        return {
            ...KubeRole.GVK,
            ...toJson_KubeRoleProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeRole.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeRole.GVK,
            ...toJson_KubeRoleProps(resolved),
        };
    }
}
export class KubeRoleBinding extends ApiObject {
    static GVK = {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBinding',
    };
    static manifest(props) {
        return {
            ...KubeRoleBinding.GVK,
            ...toJson_KubeRoleBindingProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeRoleBinding.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeRoleBinding.GVK,
            ...toJson_KubeRoleBindingProps(resolved),
        };
    }
}
export class KubeRoleBindingList extends ApiObject {
    static GVK = {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBindingList',
    };
    static manifest(props) {
        return {
            ...KubeRoleBindingList.GVK,
            ...toJson_KubeRoleBindingListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeRoleBindingList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeRoleBindingList.GVK,
            ...toJson_KubeRoleBindingListProps(resolved),
        };
    }
}
export class KubeRoleList extends ApiObject {
    static GVK = {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleList',
    };
    static manifest(props) {
        return {
            ...KubeRoleList.GVK,
            ...toJson_KubeRoleListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeRoleList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeRoleList.GVK,
            ...toJson_KubeRoleListProps(resolved),
        };
    }
}
export class KubeDeviceClassV1Alpha3 extends ApiObject {
    static GVK = {
        apiVersion: 'resource.k8s.io/v1alpha3',
        kind: 'DeviceClass',
    };
    static manifest(props) {
        return {
            ...KubeDeviceClassV1Alpha3.GVK,
            ...toJson_KubeDeviceClassV1Alpha3Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeDeviceClassV1Alpha3.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeDeviceClassV1Alpha3.GVK,
            ...toJson_KubeDeviceClassV1Alpha3Props(resolved),
        };
    }
}
export class KubeDeviceClassListV1Alpha3 extends ApiObject {
    static GVK = {
        apiVersion: 'resource.k8s.io/v1alpha3',
        kind: 'DeviceClassList',
    };
    static manifest(props) {
        return {
            ...KubeDeviceClassListV1Alpha3.GVK,
            ...toJson_KubeDeviceClassListV1Alpha3Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeDeviceClassListV1Alpha3.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeDeviceClassListV1Alpha3.GVK,
            ...toJson_KubeDeviceClassListV1Alpha3Props(resolved),
        };
    }
}
export class KubeDeviceTaintRuleV1Alpha3 extends ApiObject {
    static GVK = {
        apiVersion: 'resource.k8s.io/v1alpha3',
        kind: 'DeviceTaintRule',
    };
    static manifest(props) {
        return {
            ...KubeDeviceTaintRuleV1Alpha3.GVK,
            ...toJson_KubeDeviceTaintRuleV1Alpha3Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeDeviceTaintRuleV1Alpha3.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeDeviceTaintRuleV1Alpha3.GVK,
            ...toJson_KubeDeviceTaintRuleV1Alpha3Props(resolved),
        };
    }
}
export class KubeDeviceTaintRuleListV1Alpha3 extends ApiObject {
    static GVK = {
        apiVersion: 'resource.k8s.io/v1alpha3',
        kind: 'DeviceTaintRuleList',
    };
    static manifest(props) {
        return {
            ...KubeDeviceTaintRuleListV1Alpha3.GVK,
            ...toJson_KubeDeviceTaintRuleListV1Alpha3Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeDeviceTaintRuleListV1Alpha3.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeDeviceTaintRuleListV1Alpha3.GVK,
            ...toJson_KubeDeviceTaintRuleListV1Alpha3Props(resolved),
        };
    }
}
export class KubeResourceClaimV1Alpha3 extends ApiObject {
    static GVK = {
        apiVersion: 'resource.k8s.io/v1alpha3',
        kind: 'ResourceClaim',
    };
    static manifest(props) {
        return {
            ...KubeResourceClaimV1Alpha3.GVK,
            ...toJson_KubeResourceClaimV1Alpha3Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeResourceClaimV1Alpha3.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeResourceClaimV1Alpha3.GVK,
            ...toJson_KubeResourceClaimV1Alpha3Props(resolved),
        };
    }
}
export class KubeResourceClaimListV1Alpha3 extends ApiObject {
    static GVK = {
        apiVersion: 'resource.k8s.io/v1alpha3',
        kind: 'ResourceClaimList',
    };
    static manifest(props) {
        return {
            ...KubeResourceClaimListV1Alpha3.GVK,
            ...toJson_KubeResourceClaimListV1Alpha3Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeResourceClaimListV1Alpha3.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeResourceClaimListV1Alpha3.GVK,
            ...toJson_KubeResourceClaimListV1Alpha3Props(resolved),
        };
    }
}
export class KubeResourceClaimTemplateV1Alpha3 extends ApiObject {
    static GVK = {
        apiVersion: 'resource.k8s.io/v1alpha3',
        kind: 'ResourceClaimTemplate',
    };
    static manifest(props) {
        return {
            ...KubeResourceClaimTemplateV1Alpha3.GVK,
            ...toJson_KubeResourceClaimTemplateV1Alpha3Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeResourceClaimTemplateV1Alpha3.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeResourceClaimTemplateV1Alpha3.GVK,
            ...toJson_KubeResourceClaimTemplateV1Alpha3Props(resolved),
        };
    }
}
export class KubeResourceClaimTemplateListV1Alpha3 extends ApiObject {
    static GVK = {
        apiVersion: 'resource.k8s.io/v1alpha3',
        kind: 'ResourceClaimTemplateList',
    };
    static manifest(props) {
        return {
            ...KubeResourceClaimTemplateListV1Alpha3.GVK,
            ...toJson_KubeResourceClaimTemplateListV1Alpha3Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeResourceClaimTemplateListV1Alpha3.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeResourceClaimTemplateListV1Alpha3.GVK,
            ...toJson_KubeResourceClaimTemplateListV1Alpha3Props(resolved),
        };
    }
}
export class KubeResourceSliceV1Alpha3 extends ApiObject {
    static GVK = {
        apiVersion: 'resource.k8s.io/v1alpha3',
        kind: 'ResourceSlice',
    };
    static manifest(props) {
        return {
            ...KubeResourceSliceV1Alpha3.GVK,
            ...toJson_KubeResourceSliceV1Alpha3Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeResourceSliceV1Alpha3.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeResourceSliceV1Alpha3.GVK,
            ...toJson_KubeResourceSliceV1Alpha3Props(resolved),
        };
    }
}
export class KubeResourceSliceListV1Alpha3 extends ApiObject {
    static GVK = {
        apiVersion: 'resource.k8s.io/v1alpha3',
        kind: 'ResourceSliceList',
    };
    static manifest(props) {
        return {
            ...KubeResourceSliceListV1Alpha3.GVK,
            ...toJson_KubeResourceSliceListV1Alpha3Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeResourceSliceListV1Alpha3.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeResourceSliceListV1Alpha3.GVK,
            ...toJson_KubeResourceSliceListV1Alpha3Props(resolved),
        };
    }
}
export class KubeDeviceClassV1Beta1 extends ApiObject {
    static GVK = {
        apiVersion: 'resource.k8s.io/v1beta1',
        kind: 'DeviceClass',
    };
    static manifest(props) {
        return {
            ...KubeDeviceClassV1Beta1.GVK,
            ...toJson_KubeDeviceClassV1Beta1Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeDeviceClassV1Beta1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeDeviceClassV1Beta1.GVK,
            ...toJson_KubeDeviceClassV1Beta1Props(resolved),
        };
    }
}
export class KubeDeviceClassListV1Beta1 extends ApiObject {
    static GVK = {
        apiVersion: 'resource.k8s.io/v1beta1',
        kind: 'DeviceClassList',
    };
    static manifest(props) {
        return {
            ...KubeDeviceClassListV1Beta1.GVK,
            ...toJson_KubeDeviceClassListV1Beta1Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeDeviceClassListV1Beta1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeDeviceClassListV1Beta1.GVK,
            ...toJson_KubeDeviceClassListV1Beta1Props(resolved),
        };
    }
}
export class KubeResourceClaimV1Beta1 extends ApiObject {
    static GVK = {
        apiVersion: 'resource.k8s.io/v1beta1',
        kind: 'ResourceClaim',
    };
    static manifest(props) {
        return {
            ...KubeResourceClaimV1Beta1.GVK,
            ...toJson_KubeResourceClaimV1Beta1Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeResourceClaimV1Beta1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeResourceClaimV1Beta1.GVK,
            ...toJson_KubeResourceClaimV1Beta1Props(resolved),
        };
    }
}
export class KubeResourceClaimListV1Beta1 extends ApiObject {
    static GVK = {
        apiVersion: 'resource.k8s.io/v1beta1',
        kind: 'ResourceClaimList',
    };
    static manifest(props) {
        return {
            ...KubeResourceClaimListV1Beta1.GVK,
            ...toJson_KubeResourceClaimListV1Beta1Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeResourceClaimListV1Beta1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeResourceClaimListV1Beta1.GVK,
            ...toJson_KubeResourceClaimListV1Beta1Props(resolved),
        };
    }
}
export class KubeResourceClaimTemplateV1Beta1 extends ApiObject {
    static GVK = {
        apiVersion: 'resource.k8s.io/v1beta1',
        kind: 'ResourceClaimTemplate',
    };
    static manifest(props) {
        return {
            ...KubeResourceClaimTemplateV1Beta1.GVK,
            ...toJson_KubeResourceClaimTemplateV1Beta1Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeResourceClaimTemplateV1Beta1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeResourceClaimTemplateV1Beta1.GVK,
            ...toJson_KubeResourceClaimTemplateV1Beta1Props(resolved),
        };
    }
}
export class KubeResourceClaimTemplateListV1Beta1 extends ApiObject {
    static GVK = {
        apiVersion: 'resource.k8s.io/v1beta1',
        kind: 'ResourceClaimTemplateList',
    };
    static manifest(props) {
        return {
            ...KubeResourceClaimTemplateListV1Beta1.GVK,
            ...toJson_KubeResourceClaimTemplateListV1Beta1Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeResourceClaimTemplateListV1Beta1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeResourceClaimTemplateListV1Beta1.GVK,
            ...toJson_KubeResourceClaimTemplateListV1Beta1Props(resolved),
        };
    }
}
export class KubeResourceSliceV1Beta1 extends ApiObject {
    static GVK = {
        apiVersion: 'resource.k8s.io/v1beta1',
        kind: 'ResourceSlice',
    };
    static manifest(props) {
        return {
            ...KubeResourceSliceV1Beta1.GVK,
            ...toJson_KubeResourceSliceV1Beta1Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeResourceSliceV1Beta1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeResourceSliceV1Beta1.GVK,
            ...toJson_KubeResourceSliceV1Beta1Props(resolved),
        };
    }
}
export class KubeResourceSliceListV1Beta1 extends ApiObject {
    static GVK = {
        apiVersion: 'resource.k8s.io/v1beta1',
        kind: 'ResourceSliceList',
    };
    static manifest(props) {
        return {
            ...KubeResourceSliceListV1Beta1.GVK,
            ...toJson_KubeResourceSliceListV1Beta1Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeResourceSliceListV1Beta1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeResourceSliceListV1Beta1.GVK,
            ...toJson_KubeResourceSliceListV1Beta1Props(resolved),
        };
    }
}
export class KubeDeviceClassV1Beta2 extends ApiObject {
    static GVK = {
        apiVersion: 'resource.k8s.io/v1beta2',
        kind: 'DeviceClass',
    };
    static manifest(props) {
        return {
            ...KubeDeviceClassV1Beta2.GVK,
            ...toJson_KubeDeviceClassV1Beta2Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeDeviceClassV1Beta2.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeDeviceClassV1Beta2.GVK,
            ...toJson_KubeDeviceClassV1Beta2Props(resolved),
        };
    }
}
export class KubeDeviceClassListV1Beta2 extends ApiObject {
    static GVK = {
        apiVersion: 'resource.k8s.io/v1beta2',
        kind: 'DeviceClassList',
    };
    static manifest(props) {
        return {
            ...KubeDeviceClassListV1Beta2.GVK,
            ...toJson_KubeDeviceClassListV1Beta2Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeDeviceClassListV1Beta2.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeDeviceClassListV1Beta2.GVK,
            ...toJson_KubeDeviceClassListV1Beta2Props(resolved),
        };
    }
}
export class KubeResourceClaimV1Beta2 extends ApiObject {
    static GVK = {
        apiVersion: 'resource.k8s.io/v1beta2',
        kind: 'ResourceClaim',
    };
    static manifest(props) {
        return {
            ...KubeResourceClaimV1Beta2.GVK,
            ...toJson_KubeResourceClaimV1Beta2Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeResourceClaimV1Beta2.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeResourceClaimV1Beta2.GVK,
            ...toJson_KubeResourceClaimV1Beta2Props(resolved),
        };
    }
}
export class KubeResourceClaimListV1Beta2 extends ApiObject {
    static GVK = {
        apiVersion: 'resource.k8s.io/v1beta2',
        kind: 'ResourceClaimList',
    };
    static manifest(props) {
        return {
            ...KubeResourceClaimListV1Beta2.GVK,
            ...toJson_KubeResourceClaimListV1Beta2Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeResourceClaimListV1Beta2.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeResourceClaimListV1Beta2.GVK,
            ...toJson_KubeResourceClaimListV1Beta2Props(resolved),
        };
    }
}
export class KubeResourceClaimTemplateV1Beta2 extends ApiObject {
    static GVK = {
        apiVersion: 'resource.k8s.io/v1beta2',
        kind: 'ResourceClaimTemplate',
    };
    static manifest(props) {
        return {
            ...KubeResourceClaimTemplateV1Beta2.GVK,
            ...toJson_KubeResourceClaimTemplateV1Beta2Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeResourceClaimTemplateV1Beta2.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeResourceClaimTemplateV1Beta2.GVK,
            ...toJson_KubeResourceClaimTemplateV1Beta2Props(resolved),
        };
    }
}
export class KubeResourceClaimTemplateListV1Beta2 extends ApiObject {
    static GVK = {
        apiVersion: 'resource.k8s.io/v1beta2',
        kind: 'ResourceClaimTemplateList',
    };
    static manifest(props) {
        return {
            ...KubeResourceClaimTemplateListV1Beta2.GVK,
            ...toJson_KubeResourceClaimTemplateListV1Beta2Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeResourceClaimTemplateListV1Beta2.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeResourceClaimTemplateListV1Beta2.GVK,
            ...toJson_KubeResourceClaimTemplateListV1Beta2Props(resolved),
        };
    }
}
export class KubeResourceSliceV1Beta2 extends ApiObject {
    static GVK = {
        apiVersion: 'resource.k8s.io/v1beta2',
        kind: 'ResourceSlice',
    };
    static manifest(props) {
        return {
            ...KubeResourceSliceV1Beta2.GVK,
            ...toJson_KubeResourceSliceV1Beta2Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeResourceSliceV1Beta2.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeResourceSliceV1Beta2.GVK,
            ...toJson_KubeResourceSliceV1Beta2Props(resolved),
        };
    }
}
export class KubeResourceSliceListV1Beta2 extends ApiObject {
    static GVK = {
        apiVersion: 'resource.k8s.io/v1beta2',
        kind: 'ResourceSliceList',
    };
    static manifest(props) {
        return {
            ...KubeResourceSliceListV1Beta2.GVK,
            ...toJson_KubeResourceSliceListV1Beta2Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeResourceSliceListV1Beta2.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeResourceSliceListV1Beta2.GVK,
            ...toJson_KubeResourceSliceListV1Beta2Props(resolved),
        };
    }
}
export class KubePriorityClass extends ApiObject {
    static GVK = {
        apiVersion: 'scheduling.k8s.io/v1',
        kind: 'PriorityClass',
    };
    static manifest(props) {
        return {
            ...KubePriorityClass.GVK,
            ...toJson_KubePriorityClassProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubePriorityClass.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubePriorityClass.GVK,
            ...toJson_KubePriorityClassProps(resolved),
        };
    }
}
export class KubePriorityClassList extends ApiObject {
    static GVK = {
        apiVersion: 'scheduling.k8s.io/v1',
        kind: 'PriorityClassList',
    };
    static manifest(props) {
        return {
            ...KubePriorityClassList.GVK,
            ...toJson_KubePriorityClassListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubePriorityClassList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubePriorityClassList.GVK,
            ...toJson_KubePriorityClassListProps(resolved),
        };
    }
}
export class KubeCsiDriver extends ApiObject {
    static GVK = {
        apiVersion: 'storage.k8s.io/v1',
        kind: 'CSIDriver',
    };
    static manifest(props) {
        return {
            ...KubeCsiDriver.GVK,
            ...toJson_KubeCsiDriverProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeCsiDriver.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeCsiDriver.GVK,
            ...toJson_KubeCsiDriverProps(resolved),
        };
    }
}
export class KubeCsiDriverList extends ApiObject {
    static GVK = {
        apiVersion: 'storage.k8s.io/v1',
        kind: 'CSIDriverList',
    };
    static manifest(props) {
        return {
            ...KubeCsiDriverList.GVK,
            ...toJson_KubeCsiDriverListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeCsiDriverList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeCsiDriverList.GVK,
            ...toJson_KubeCsiDriverListProps(resolved),
        };
    }
}
export class KubeCsiNode extends ApiObject {
    static GVK = {
        apiVersion: 'storage.k8s.io/v1',
        kind: 'CSINode',
    };
    static manifest(props) {
        return {
            ...KubeCsiNode.GVK,
            ...toJson_KubeCsiNodeProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeCsiNode.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeCsiNode.GVK,
            ...toJson_KubeCsiNodeProps(resolved),
        };
    }
}
export class KubeCsiNodeList extends ApiObject {
    static GVK = {
        apiVersion: 'storage.k8s.io/v1',
        kind: 'CSINodeList',
    };
    static manifest(props) {
        return {
            ...KubeCsiNodeList.GVK,
            ...toJson_KubeCsiNodeListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeCsiNodeList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeCsiNodeList.GVK,
            ...toJson_KubeCsiNodeListProps(resolved),
        };
    }
}
export class KubeCsiStorageCapacity extends ApiObject {
    static GVK = {
        apiVersion: 'storage.k8s.io/v1',
        kind: 'CSIStorageCapacity',
    };
    static manifest(props) {
        return {
            ...KubeCsiStorageCapacity.GVK,
            ...toJson_KubeCsiStorageCapacityProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeCsiStorageCapacity.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeCsiStorageCapacity.GVK,
            ...toJson_KubeCsiStorageCapacityProps(resolved),
        };
    }
}
export class KubeCsiStorageCapacityList extends ApiObject {
    static GVK = {
        apiVersion: 'storage.k8s.io/v1',
        kind: 'CSIStorageCapacityList',
    };
    static manifest(props) {
        return {
            ...KubeCsiStorageCapacityList.GVK,
            ...toJson_KubeCsiStorageCapacityListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeCsiStorageCapacityList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeCsiStorageCapacityList.GVK,
            ...toJson_KubeCsiStorageCapacityListProps(resolved),
        };
    }
}
export class KubeStorageClass extends ApiObject {
    static GVK = {
        apiVersion: 'storage.k8s.io/v1',
        kind: 'StorageClass',
    };
    static manifest(props) {
        return {
            ...KubeStorageClass.GVK,
            ...toJson_KubeStorageClassProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeStorageClass.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeStorageClass.GVK,
            ...toJson_KubeStorageClassProps(resolved),
        };
    }
}
export class KubeStorageClassList extends ApiObject {
    static GVK = {
        apiVersion: 'storage.k8s.io/v1',
        kind: 'StorageClassList',
    };
    static manifest(props) {
        return {
            ...KubeStorageClassList.GVK,
            ...toJson_KubeStorageClassListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeStorageClassList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeStorageClassList.GVK,
            ...toJson_KubeStorageClassListProps(resolved),
        };
    }
}
export class KubeVolumeAttachment extends ApiObject {
    static GVK = {
        apiVersion: 'storage.k8s.io/v1',
        kind: 'VolumeAttachment',
    };
    static manifest(props) {
        return {
            ...KubeVolumeAttachment.GVK,
            ...toJson_KubeVolumeAttachmentProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeVolumeAttachment.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeVolumeAttachment.GVK,
            ...toJson_KubeVolumeAttachmentProps(resolved),
        };
    }
}
export class KubeVolumeAttachmentList extends ApiObject {
    static GVK = {
        apiVersion: 'storage.k8s.io/v1',
        kind: 'VolumeAttachmentList',
    };
    static manifest(props) {
        return {
            ...KubeVolumeAttachmentList.GVK,
            ...toJson_KubeVolumeAttachmentListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeVolumeAttachmentList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeVolumeAttachmentList.GVK,
            ...toJson_KubeVolumeAttachmentListProps(resolved),
        };
    }
}
export class KubeVolumeAttributesClassV1Alpha1 extends ApiObject {
    static GVK = {
        apiVersion: 'storage.k8s.io/v1alpha1',
        kind: 'VolumeAttributesClass',
    };
    static manifest(props) {
        return {
            ...KubeVolumeAttributesClassV1Alpha1.GVK,
            ...toJson_KubeVolumeAttributesClassV1Alpha1Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeVolumeAttributesClassV1Alpha1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeVolumeAttributesClassV1Alpha1.GVK,
            ...toJson_KubeVolumeAttributesClassV1Alpha1Props(resolved),
        };
    }
}
export class KubeVolumeAttributesClassListV1Alpha1 extends ApiObject {
    static GVK = {
        apiVersion: 'storage.k8s.io/v1alpha1',
        kind: 'VolumeAttributesClassList',
    };
    static manifest(props) {
        return {
            ...KubeVolumeAttributesClassListV1Alpha1.GVK,
            ...toJson_KubeVolumeAttributesClassListV1Alpha1Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeVolumeAttributesClassListV1Alpha1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeVolumeAttributesClassListV1Alpha1.GVK,
            ...toJson_KubeVolumeAttributesClassListV1Alpha1Props(resolved),
        };
    }
}
export class KubeVolumeAttributesClassV1Beta1 extends ApiObject {
    static GVK = {
        apiVersion: 'storage.k8s.io/v1beta1',
        kind: 'VolumeAttributesClass',
    };
    static manifest(props) {
        return {
            ...KubeVolumeAttributesClassV1Beta1.GVK,
            ...toJson_KubeVolumeAttributesClassV1Beta1Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeVolumeAttributesClassV1Beta1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeVolumeAttributesClassV1Beta1.GVK,
            ...toJson_KubeVolumeAttributesClassV1Beta1Props(resolved),
        };
    }
}
export class KubeVolumeAttributesClassListV1Beta1 extends ApiObject {
    static GVK = {
        apiVersion: 'storage.k8s.io/v1beta1',
        kind: 'VolumeAttributesClassList',
    };
    static manifest(props) {
        return {
            ...KubeVolumeAttributesClassListV1Beta1.GVK,
            ...toJson_KubeVolumeAttributesClassListV1Beta1Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeVolumeAttributesClassListV1Beta1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeVolumeAttributesClassListV1Beta1.GVK,
            ...toJson_KubeVolumeAttributesClassListV1Beta1Props(resolved),
        };
    }
}
export class KubeStorageVersionMigrationV1Alpha1 extends ApiObject {
    static GVK = {
        apiVersion: 'storagemigration.k8s.io/v1alpha1',
        kind: 'StorageVersionMigration',
    };
    static manifest(props = {}) {
        return {
            ...KubeStorageVersionMigrationV1Alpha1.GVK,
            ...toJson_KubeStorageVersionMigrationV1Alpha1Props(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeStorageVersionMigrationV1Alpha1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeStorageVersionMigrationV1Alpha1.GVK,
            ...toJson_KubeStorageVersionMigrationV1Alpha1Props(resolved),
        };
    }
}
export class KubeStorageVersionMigrationListV1Alpha1 extends ApiObject {
    static GVK = {
        apiVersion: 'storagemigration.k8s.io/v1alpha1',
        kind: 'StorageVersionMigrationList',
    };
    static manifest(props) {
        return {
            ...KubeStorageVersionMigrationListV1Alpha1.GVK,
            ...toJson_KubeStorageVersionMigrationListV1Alpha1Props(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeStorageVersionMigrationListV1Alpha1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeStorageVersionMigrationListV1Alpha1.GVK,
            ...toJson_KubeStorageVersionMigrationListV1Alpha1Props(resolved),
        };
    }
}
export class KubeCustomResourceDefinition extends ApiObject {
    static GVK = {
        apiVersion: 'apiextensions.k8s.io/v1',
        kind: 'CustomResourceDefinition',
    };
    static manifest(props) {
        return {
            ...KubeCustomResourceDefinition.GVK,
            ...toJson_KubeCustomResourceDefinitionProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeCustomResourceDefinition.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeCustomResourceDefinition.GVK,
            ...toJson_KubeCustomResourceDefinitionProps(resolved),
        };
    }
}
export class KubeCustomResourceDefinitionList extends ApiObject {
    static GVK = {
        apiVersion: 'apiextensions.k8s.io/v1',
        kind: 'CustomResourceDefinitionList',
    };
    static manifest(props) {
        return {
            ...KubeCustomResourceDefinitionList.GVK,
            ...toJson_KubeCustomResourceDefinitionListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeCustomResourceDefinitionList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeCustomResourceDefinitionList.GVK,
            ...toJson_KubeCustomResourceDefinitionListProps(resolved),
        };
    }
}
export class KubeStatus extends ApiObject {
    static GVK = {
        apiVersion: 'v1',
        kind: 'Status',
    };
    static manifest(props = {}) {
        return {
            ...KubeStatus.GVK,
            ...toJson_KubeStatusProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeStatus.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeStatus.GVK,
            ...toJson_KubeStatusProps(resolved),
        };
    }
}
export class KubeApiService extends ApiObject {
    static GVK = {
        apiVersion: 'apiregistration.k8s.io/v1',
        kind: 'APIService',
    };
    static manifest(props = {}) {
        return {
            ...KubeApiService.GVK,
            ...toJson_KubeApiServiceProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...KubeApiService.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeApiService.GVK,
            ...toJson_KubeApiServiceProps(resolved),
        };
    }
}
export class KubeApiServiceList extends ApiObject {
    static GVK = {
        apiVersion: 'apiregistration.k8s.io/v1',
        kind: 'APIServiceList',
    };
    static manifest(props) {
        return {
            ...KubeApiServiceList.GVK,
            ...toJson_KubeApiServiceListProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...KubeApiServiceList.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...KubeApiServiceList.GVK,
            ...toJson_KubeApiServiceListProps(resolved),
        };
    }
}
export function toJson_KubeMutatingWebhookConfigurationProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'webhooks': obj.webhooks?.map(y => toJson_MutatingWebhook(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeMutatingWebhookConfigurationListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeMutatingWebhookConfigurationProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeValidatingAdmissionPolicyProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_ValidatingAdmissionPolicySpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeValidatingAdmissionPolicyBindingProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_ValidatingAdmissionPolicyBindingSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeValidatingAdmissionPolicyBindingListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeValidatingAdmissionPolicyBindingProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeValidatingAdmissionPolicyListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeValidatingAdmissionPolicyProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeValidatingWebhookConfigurationProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'webhooks': obj.webhooks?.map(y => toJson_ValidatingWebhook(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeValidatingWebhookConfigurationListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeValidatingWebhookConfigurationProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeMutatingAdmissionPolicyV1Alpha1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_MutatingAdmissionPolicySpecV1Alpha1(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeMutatingAdmissionPolicyBindingV1Alpha1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_MutatingAdmissionPolicyBindingSpecV1Alpha1(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeMutatingAdmissionPolicyBindingListV1Alpha1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeMutatingAdmissionPolicyBindingV1Alpha1Props(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeMutatingAdmissionPolicyListV1Alpha1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeMutatingAdmissionPolicyV1Alpha1Props(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeValidatingAdmissionPolicyV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_ValidatingAdmissionPolicySpecV1Beta1(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeValidatingAdmissionPolicyBindingV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_ValidatingAdmissionPolicyBindingSpecV1Beta1(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeValidatingAdmissionPolicyBindingListV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeValidatingAdmissionPolicyBindingV1Beta1Props(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeValidatingAdmissionPolicyListV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeValidatingAdmissionPolicyV1Beta1Props(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeStorageVersionV1Alpha1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': obj.spec,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeStorageVersionListV1Alpha1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeStorageVersionV1Alpha1Props(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeControllerRevisionProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'data': obj.data,
        'revision': obj.revision,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeControllerRevisionListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeControllerRevisionProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeDaemonSetProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_DaemonSetSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeDaemonSetListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeDaemonSetProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeDeploymentProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_DeploymentSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeDeploymentListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeDeploymentProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeReplicaSetProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_ReplicaSetSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeReplicaSetListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeReplicaSetProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeStatefulSetProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_StatefulSetSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeStatefulSetListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeStatefulSetProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeSelfSubjectReviewProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeTokenRequestProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_TokenRequestSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeTokenReviewProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_TokenReviewSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeLocalSubjectAccessReviewProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_SubjectAccessReviewSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeSelfSubjectAccessReviewProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_SelfSubjectAccessReviewSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeSelfSubjectRulesReviewProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_SelfSubjectRulesReviewSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeSubjectAccessReviewProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_SubjectAccessReviewSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeHorizontalPodAutoscalerProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_HorizontalPodAutoscalerSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeHorizontalPodAutoscalerListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeHorizontalPodAutoscalerProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeScaleProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_ScaleSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeHorizontalPodAutoscalerV2Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_HorizontalPodAutoscalerSpecV2(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeHorizontalPodAutoscalerListV2Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeHorizontalPodAutoscalerV2Props(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeCronJobProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_CronJobSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeCronJobListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeCronJobProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeJobProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_JobSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeJobListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeJobProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeCertificateSigningRequestProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_CertificateSigningRequestSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeCertificateSigningRequestListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeCertificateSigningRequestProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeClusterTrustBundleV1Alpha1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_ClusterTrustBundleSpecV1Alpha1(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeClusterTrustBundleListV1Alpha1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeClusterTrustBundleV1Alpha1Props(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeClusterTrustBundleV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_ClusterTrustBundleSpecV1Beta1(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeClusterTrustBundleListV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeClusterTrustBundleV1Beta1Props(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeLeaseProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_LeaseSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeLeaseListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeLeaseProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeLeaseCandidateV1Alpha2Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_LeaseCandidateSpecV1Alpha2(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeLeaseCandidateListV1Alpha2Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeLeaseCandidateV1Alpha2Props(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeLeaseCandidateV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_LeaseCandidateSpecV1Beta1(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeLeaseCandidateListV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeLeaseCandidateV1Beta1Props(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeBindingProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'target': toJson_ObjectReference(obj.target),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeComponentStatusProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'conditions': obj.conditions?.map(y => toJson_ComponentCondition(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeComponentStatusListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeComponentStatusProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeConfigMapProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'binaryData': ((obj.binaryData) === undefined) ? undefined : (Object.entries(obj.binaryData).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'data': ((obj.data) === undefined) ? undefined : (Object.entries(obj.data).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'immutable': obj.immutable,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeConfigMapListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeConfigMapProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeEndpointsProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'subsets': obj.subsets?.map(y => toJson_EndpointSubset(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeEndpointsListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeEndpointsProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeEventProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'action': obj.action,
        'deprecatedCount': obj.deprecatedCount,
        'deprecatedFirstTimestamp': obj.deprecatedFirstTimestamp?.toISOString(),
        'deprecatedLastTimestamp': obj.deprecatedLastTimestamp?.toISOString(),
        'deprecatedSource': toJson_EventSource(obj.deprecatedSource),
        'eventTime': obj.eventTime?.toISOString(),
        'note': obj.note,
        'reason': obj.reason,
        'regarding': toJson_ObjectReference(obj.regarding),
        'related': toJson_ObjectReference(obj.related),
        'reportingController': obj.reportingController,
        'reportingInstance': obj.reportingInstance,
        'series': toJson_EventSeries(obj.series),
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeEventListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeEventProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeLimitRangeProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_LimitRangeSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeLimitRangeListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeLimitRangeProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeNamespaceProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_NamespaceSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeNamespaceListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeNamespaceProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeNodeProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_NodeSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeNodeListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeNodeProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubePersistentVolumeProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_PersistentVolumeSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubePersistentVolumeClaimProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_PersistentVolumeClaimSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubePersistentVolumeClaimListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubePersistentVolumeClaimProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubePersistentVolumeListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubePersistentVolumeProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubePodProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_PodSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubePodListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubePodProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubePodTemplateProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'template': toJson_PodTemplateSpec(obj.template),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubePodTemplateListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubePodTemplateProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeReplicationControllerProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_ReplicationControllerSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeReplicationControllerListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeReplicationControllerProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeResourceQuotaProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_ResourceQuotaSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeResourceQuotaListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeResourceQuotaProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeSecretProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'data': ((obj.data) === undefined) ? undefined : (Object.entries(obj.data).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'immutable': obj.immutable,
        'stringData': ((obj.stringData) === undefined) ? undefined : (Object.entries(obj.stringData).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeSecretListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeSecretProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeServiceProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_ServiceSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeServiceAccountProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'automountServiceAccountToken': obj.automountServiceAccountToken,
        'imagePullSecrets': obj.imagePullSecrets?.map(y => toJson_LocalObjectReference(y)),
        'secrets': obj.secrets?.map(y => toJson_ObjectReference(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeServiceAccountListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeServiceAccountProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeServiceListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeServiceProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeEndpointSliceProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'addressType': obj.addressType,
        'endpoints': obj.endpoints?.map(y => toJson_Endpoint(y)),
        'ports': obj.ports?.map(y => toJson_EndpointPort(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeEndpointSliceListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeEndpointSliceProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeFlowSchemaProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_FlowSchemaSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeFlowSchemaListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeFlowSchemaProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubePriorityLevelConfigurationProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_PriorityLevelConfigurationSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubePriorityLevelConfigurationListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubePriorityLevelConfigurationProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeIpAddressProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_IpAddressSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeIpAddressListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeIpAddressProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeIngressProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_IngressSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeIngressClassProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_IngressClassSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeIngressClassListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeIngressClassProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeIngressListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeIngressProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeNetworkPolicyProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_NetworkPolicySpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeNetworkPolicyListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeNetworkPolicyProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeServiceCidrProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_ServiceCidrSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeServiceCidrListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeServiceCidrProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeIpAddressV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_IpAddressSpecV1Beta1(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeIpAddressListV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeIpAddressV1Beta1Props(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeServiceCidrv1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_ServiceCidrSpecV1Beta1(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeServiceCidrListV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeServiceCidrv1Beta1Props(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeRuntimeClassProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'handler': obj.handler,
        'overhead': toJson_Overhead(obj.overhead),
        'scheduling': toJson_Scheduling(obj.scheduling),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeRuntimeClassListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeRuntimeClassProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeEvictionProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'deleteOptions': toJson_DeleteOptions(obj.deleteOptions),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubePodDisruptionBudgetProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_PodDisruptionBudgetSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubePodDisruptionBudgetListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubePodDisruptionBudgetProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeClusterRoleProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'aggregationRule': toJson_AggregationRule(obj.aggregationRule),
        'rules': obj.rules?.map(y => toJson_PolicyRule(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeClusterRoleBindingProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'roleRef': toJson_RoleRef(obj.roleRef),
        'subjects': obj.subjects?.map(y => toJson_Subject(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeClusterRoleBindingListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeClusterRoleBindingProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeClusterRoleListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeClusterRoleProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeRoleProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'rules': obj.rules?.map(y => toJson_PolicyRule(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeRoleBindingProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'roleRef': toJson_RoleRef(obj.roleRef),
        'subjects': obj.subjects?.map(y => toJson_Subject(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeRoleBindingListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeRoleBindingProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeRoleListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeRoleProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeDeviceClassV1Alpha3Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_DeviceClassSpecV1Alpha3(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeDeviceClassListV1Alpha3Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeDeviceClassV1Alpha3Props(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeDeviceTaintRuleV1Alpha3Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_DeviceTaintRuleSpecV1Alpha3(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeDeviceTaintRuleListV1Alpha3Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeDeviceTaintRuleV1Alpha3Props(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeResourceClaimV1Alpha3Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_ResourceClaimSpecV1Alpha3(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeResourceClaimListV1Alpha3Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeResourceClaimV1Alpha3Props(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeResourceClaimTemplateV1Alpha3Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_ResourceClaimTemplateSpecV1Alpha3(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeResourceClaimTemplateListV1Alpha3Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeResourceClaimTemplateV1Alpha3Props(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeResourceSliceV1Alpha3Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_ResourceSliceSpecV1Alpha3(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeResourceSliceListV1Alpha3Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeResourceSliceV1Alpha3Props(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeDeviceClassV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_DeviceClassSpecV1Beta1(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeDeviceClassListV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeDeviceClassV1Beta1Props(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeResourceClaimV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_ResourceClaimSpecV1Beta1(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeResourceClaimListV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeResourceClaimV1Beta1Props(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeResourceClaimTemplateV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_ResourceClaimTemplateSpecV1Beta1(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeResourceClaimTemplateListV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeResourceClaimTemplateV1Beta1Props(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeResourceSliceV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_ResourceSliceSpecV1Beta1(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeResourceSliceListV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeResourceSliceV1Beta1Props(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeDeviceClassV1Beta2Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_DeviceClassSpecV1Beta2(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeDeviceClassListV1Beta2Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeDeviceClassV1Beta2Props(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeResourceClaimV1Beta2Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_ResourceClaimSpecV1Beta2(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeResourceClaimListV1Beta2Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeResourceClaimV1Beta2Props(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeResourceClaimTemplateV1Beta2Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_ResourceClaimTemplateSpecV1Beta2(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeResourceClaimTemplateListV1Beta2Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeResourceClaimTemplateV1Beta2Props(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeResourceSliceV1Beta2Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_ResourceSliceSpecV1Beta2(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeResourceSliceListV1Beta2Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeResourceSliceV1Beta2Props(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubePriorityClassProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'description': obj.description,
        'globalDefault': obj.globalDefault,
        'preemptionPolicy': obj.preemptionPolicy,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubePriorityClassListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubePriorityClassProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeCsiDriverProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_CsiDriverSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeCsiDriverListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeCsiDriverProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeCsiNodeProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_CsiNodeSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeCsiNodeListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeCsiNodeProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeCsiStorageCapacityProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'capacity': obj.capacity?.value,
        'maximumVolumeSize': obj.maximumVolumeSize?.value,
        'nodeTopology': toJson_LabelSelector(obj.nodeTopology),
        'storageClassName': obj.storageClassName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeCsiStorageCapacityListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeCsiStorageCapacityProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeStorageClassProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'allowVolumeExpansion': obj.allowVolumeExpansion,
        'allowedTopologies': obj.allowedTopologies?.map(y => toJson_TopologySelectorTerm(y)),
        'mountOptions': obj.mountOptions?.map(y => y),
        'parameters': ((obj.parameters) === undefined) ? undefined : (Object.entries(obj.parameters).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'provisioner': obj.provisioner,
        'reclaimPolicy': obj.reclaimPolicy,
        'volumeBindingMode': obj.volumeBindingMode,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeStorageClassListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeStorageClassProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeVolumeAttachmentProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_VolumeAttachmentSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeVolumeAttachmentListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeVolumeAttachmentProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeVolumeAttributesClassV1Alpha1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'driverName': obj.driverName,
        'parameters': ((obj.parameters) === undefined) ? undefined : (Object.entries(obj.parameters).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeVolumeAttributesClassListV1Alpha1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeVolumeAttributesClassV1Alpha1Props(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeVolumeAttributesClassV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'driverName': obj.driverName,
        'parameters': ((obj.parameters) === undefined) ? undefined : (Object.entries(obj.parameters).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeVolumeAttributesClassListV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeVolumeAttributesClassV1Beta1Props(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeStorageVersionMigrationV1Alpha1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_StorageVersionMigrationSpecV1Alpha1(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeStorageVersionMigrationListV1Alpha1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeStorageVersionMigrationV1Alpha1Props(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeCustomResourceDefinitionProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_CustomResourceDefinitionSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeCustomResourceDefinitionListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeCustomResourceDefinitionProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeStatusProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'code': obj.code,
        'details': toJson_StatusDetails(obj.details),
        'message': obj.message,
        'reason': obj.reason,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeApiServiceProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_ApiServiceSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KubeApiServiceListProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ListMeta(obj.metadata),
        'items': obj.items?.map(y => toJson_KubeApiServiceProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ObjectMeta(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'creationTimestamp': obj.creationTimestamp?.toISOString(),
        'deletionGracePeriodSeconds': obj.deletionGracePeriodSeconds,
        'deletionTimestamp': obj.deletionTimestamp?.toISOString(),
        'finalizers': obj.finalizers?.map(y => y),
        'generateName': obj.generateName,
        'generation': obj.generation,
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'managedFields': obj.managedFields?.map(y => toJson_ManagedFieldsEntry(y)),
        'name': obj.name,
        'namespace': obj.namespace,
        'ownerReferences': obj.ownerReferences?.map(y => toJson_OwnerReference(y)),
        'resourceVersion': obj.resourceVersion,
        'selfLink': obj.selfLink,
        'uid': obj.uid,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_MutatingWebhook(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'admissionReviewVersions': obj.admissionReviewVersions?.map(y => y),
        'clientConfig': toJson_WebhookClientConfig(obj.clientConfig),
        'failurePolicy': obj.failurePolicy,
        'matchConditions': obj.matchConditions?.map(y => toJson_MatchCondition(y)),
        'matchPolicy': obj.matchPolicy,
        'name': obj.name,
        'namespaceSelector': toJson_LabelSelector(obj.namespaceSelector),
        'objectSelector': toJson_LabelSelector(obj.objectSelector),
        'reinvocationPolicy': obj.reinvocationPolicy,
        'rules': obj.rules?.map(y => toJson_RuleWithOperations(y)),
        'sideEffects': obj.sideEffects,
        'timeoutSeconds': obj.timeoutSeconds,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ListMeta(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'continue': obj.continue,
        'remainingItemCount': obj.remainingItemCount,
        'resourceVersion': obj.resourceVersion,
        'selfLink': obj.selfLink,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ValidatingAdmissionPolicySpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auditAnnotations': obj.auditAnnotations?.map(y => toJson_AuditAnnotation(y)),
        'failurePolicy': obj.failurePolicy,
        'matchConditions': obj.matchConditions?.map(y => toJson_MatchCondition(y)),
        'matchConstraints': toJson_MatchResources(obj.matchConstraints),
        'paramKind': toJson_ParamKind(obj.paramKind),
        'validations': obj.validations?.map(y => toJson_Validation(y)),
        'variables': obj.variables?.map(y => toJson_Variable(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ValidatingAdmissionPolicyBindingSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchResources': toJson_MatchResources(obj.matchResources),
        'paramRef': toJson_ParamRef(obj.paramRef),
        'policyName': obj.policyName,
        'validationActions': obj.validationActions?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ValidatingWebhook(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'admissionReviewVersions': obj.admissionReviewVersions?.map(y => y),
        'clientConfig': toJson_WebhookClientConfig(obj.clientConfig),
        'failurePolicy': obj.failurePolicy,
        'matchConditions': obj.matchConditions?.map(y => toJson_MatchCondition(y)),
        'matchPolicy': obj.matchPolicy,
        'name': obj.name,
        'namespaceSelector': toJson_LabelSelector(obj.namespaceSelector),
        'objectSelector': toJson_LabelSelector(obj.objectSelector),
        'rules': obj.rules?.map(y => toJson_RuleWithOperations(y)),
        'sideEffects': obj.sideEffects,
        'timeoutSeconds': obj.timeoutSeconds,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_MutatingAdmissionPolicySpecV1Alpha1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'failurePolicy': obj.failurePolicy,
        'matchConditions': obj.matchConditions?.map(y => toJson_MatchConditionV1Alpha1(y)),
        'matchConstraints': toJson_MatchResourcesV1Alpha1(obj.matchConstraints),
        'mutations': obj.mutations?.map(y => toJson_MutationV1Alpha1(y)),
        'paramKind': toJson_ParamKindV1Alpha1(obj.paramKind),
        'reinvocationPolicy': obj.reinvocationPolicy,
        'variables': obj.variables?.map(y => toJson_VariableV1Alpha1(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_MutatingAdmissionPolicyBindingSpecV1Alpha1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchResources': toJson_MatchResourcesV1Alpha1(obj.matchResources),
        'paramRef': toJson_ParamRefV1Alpha1(obj.paramRef),
        'policyName': obj.policyName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ValidatingAdmissionPolicySpecV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auditAnnotations': obj.auditAnnotations?.map(y => toJson_AuditAnnotationV1Beta1(y)),
        'failurePolicy': obj.failurePolicy,
        'matchConditions': obj.matchConditions?.map(y => toJson_MatchConditionV1Beta1(y)),
        'matchConstraints': toJson_MatchResourcesV1Beta1(obj.matchConstraints),
        'paramKind': toJson_ParamKindV1Beta1(obj.paramKind),
        'validations': obj.validations?.map(y => toJson_ValidationV1Beta1(y)),
        'variables': obj.variables?.map(y => toJson_VariableV1Beta1(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ValidatingAdmissionPolicyBindingSpecV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchResources': toJson_MatchResourcesV1Beta1(obj.matchResources),
        'paramRef': toJson_ParamRefV1Beta1(obj.paramRef),
        'policyName': obj.policyName,
        'validationActions': obj.validationActions?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DaemonSetSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'minReadySeconds': obj.minReadySeconds,
        'revisionHistoryLimit': obj.revisionHistoryLimit,
        'selector': toJson_LabelSelector(obj.selector),
        'template': toJson_PodTemplateSpec(obj.template),
        'updateStrategy': toJson_DaemonSetUpdateStrategy(obj.updateStrategy),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeploymentSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'minReadySeconds': obj.minReadySeconds,
        'paused': obj.paused,
        'progressDeadlineSeconds': obj.progressDeadlineSeconds,
        'replicas': obj.replicas,
        'revisionHistoryLimit': obj.revisionHistoryLimit,
        'selector': toJson_LabelSelector(obj.selector),
        'strategy': toJson_DeploymentStrategy(obj.strategy),
        'template': toJson_PodTemplateSpec(obj.template),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ReplicaSetSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'minReadySeconds': obj.minReadySeconds,
        'replicas': obj.replicas,
        'selector': toJson_LabelSelector(obj.selector),
        'template': toJson_PodTemplateSpec(obj.template),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_StatefulSetSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'minReadySeconds': obj.minReadySeconds,
        'ordinals': toJson_StatefulSetOrdinals(obj.ordinals),
        'persistentVolumeClaimRetentionPolicy': toJson_StatefulSetPersistentVolumeClaimRetentionPolicy(obj.persistentVolumeClaimRetentionPolicy),
        'podManagementPolicy': obj.podManagementPolicy,
        'replicas': obj.replicas,
        'revisionHistoryLimit': obj.revisionHistoryLimit,
        'selector': toJson_LabelSelector(obj.selector),
        'serviceName': obj.serviceName,
        'template': toJson_PodTemplateSpec(obj.template),
        'updateStrategy': toJson_StatefulSetUpdateStrategy(obj.updateStrategy),
        'volumeClaimTemplates': obj.volumeClaimTemplates?.map(y => toJson_KubePersistentVolumeClaimProps(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_TokenRequestSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'boundObjectRef': toJson_BoundObjectReference(obj.boundObjectRef),
        'expirationSeconds': obj.expirationSeconds,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_TokenReviewSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'token': obj.token,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_SubjectAccessReviewSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'extra': ((obj.extra) === undefined) ? undefined : (Object.entries(obj.extra).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.map(y => y) }), {})),
        'groups': obj.groups?.map(y => y),
        'nonResourceAttributes': toJson_NonResourceAttributes(obj.nonResourceAttributes),
        'resourceAttributes': toJson_ResourceAttributes(obj.resourceAttributes),
        'uid': obj.uid,
        'user': obj.user,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_SelfSubjectAccessReviewSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'nonResourceAttributes': toJson_NonResourceAttributes(obj.nonResourceAttributes),
        'resourceAttributes': toJson_ResourceAttributes(obj.resourceAttributes),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_SelfSubjectRulesReviewSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HorizontalPodAutoscalerSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'maxReplicas': obj.maxReplicas,
        'minReplicas': obj.minReplicas,
        'scaleTargetRef': toJson_CrossVersionObjectReference(obj.scaleTargetRef),
        'targetCPUUtilizationPercentage': obj.targetCpuUtilizationPercentage,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ScaleSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'replicas': obj.replicas,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HorizontalPodAutoscalerSpecV2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'behavior': toJson_HorizontalPodAutoscalerBehaviorV2(obj.behavior),
        'maxReplicas': obj.maxReplicas,
        'metrics': obj.metrics?.map(y => toJson_MetricSpecV2(y)),
        'minReplicas': obj.minReplicas,
        'scaleTargetRef': toJson_CrossVersionObjectReferenceV2(obj.scaleTargetRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_CronJobSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'concurrencyPolicy': obj.concurrencyPolicy,
        'failedJobsHistoryLimit': obj.failedJobsHistoryLimit,
        'jobTemplate': toJson_JobTemplateSpec(obj.jobTemplate),
        'schedule': obj.schedule,
        'startingDeadlineSeconds': obj.startingDeadlineSeconds,
        'successfulJobsHistoryLimit': obj.successfulJobsHistoryLimit,
        'suspend': obj.suspend,
        'timeZone': obj.timeZone,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_JobSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'activeDeadlineSeconds': obj.activeDeadlineSeconds,
        'backoffLimit': obj.backoffLimit,
        'backoffLimitPerIndex': obj.backoffLimitPerIndex,
        'completionMode': obj.completionMode,
        'completions': obj.completions,
        'managedBy': obj.managedBy,
        'manualSelector': obj.manualSelector,
        'maxFailedIndexes': obj.maxFailedIndexes,
        'parallelism': obj.parallelism,
        'podFailurePolicy': toJson_PodFailurePolicy(obj.podFailurePolicy),
        'podReplacementPolicy': obj.podReplacementPolicy,
        'selector': toJson_LabelSelector(obj.selector),
        'successPolicy': toJson_SuccessPolicy(obj.successPolicy),
        'suspend': obj.suspend,
        'template': toJson_PodTemplateSpec(obj.template),
        'ttlSecondsAfterFinished': obj.ttlSecondsAfterFinished,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_CertificateSigningRequestSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'expirationSeconds': obj.expirationSeconds,
        'extra': ((obj.extra) === undefined) ? undefined : (Object.entries(obj.extra).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.map(y => y) }), {})),
        'groups': obj.groups?.map(y => y),
        'request': obj.request,
        'signerName': obj.signerName,
        'uid': obj.uid,
        'usages': obj.usages?.map(y => y),
        'username': obj.username,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterTrustBundleSpecV1Alpha1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'signerName': obj.signerName,
        'trustBundle': obj.trustBundle,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterTrustBundleSpecV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'signerName': obj.signerName,
        'trustBundle': obj.trustBundle,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_LeaseSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'acquireTime': obj.acquireTime?.toISOString(),
        'holderIdentity': obj.holderIdentity,
        'leaseDurationSeconds': obj.leaseDurationSeconds,
        'leaseTransitions': obj.leaseTransitions,
        'preferredHolder': obj.preferredHolder,
        'renewTime': obj.renewTime?.toISOString(),
        'strategy': obj.strategy,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_LeaseCandidateSpecV1Alpha2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'binaryVersion': obj.binaryVersion,
        'emulationVersion': obj.emulationVersion,
        'leaseName': obj.leaseName,
        'pingTime': obj.pingTime?.toISOString(),
        'renewTime': obj.renewTime?.toISOString(),
        'strategy': obj.strategy,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_LeaseCandidateSpecV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'binaryVersion': obj.binaryVersion,
        'emulationVersion': obj.emulationVersion,
        'leaseName': obj.leaseName,
        'pingTime': obj.pingTime?.toISOString(),
        'renewTime': obj.renewTime?.toISOString(),
        'strategy': obj.strategy,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ObjectReference(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'fieldPath': obj.fieldPath,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
        'resourceVersion': obj.resourceVersion,
        'uid': obj.uid,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ComponentCondition(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'error': obj.error,
        'message': obj.message,
        'status': obj.status,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_EndpointSubset(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'addresses': obj.addresses?.map(y => toJson_EndpointAddress(y)),
        'notReadyAddresses': obj.notReadyAddresses?.map(y => toJson_EndpointAddress(y)),
        'ports': obj.ports?.map(y => toJson_EndpointPort(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_EventSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'component': obj.component,
        'host': obj.host,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_EventSeries(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'count': obj.count,
        'lastObservedTime': obj.lastObservedTime?.toISOString(),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_LimitRangeSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'limits': obj.limits?.map(y => toJson_LimitRangeItem(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_NamespaceSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'finalizers': obj.finalizers?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_NodeSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configSource': toJson_NodeConfigSource(obj.configSource),
        'externalID': obj.externalId,
        'podCIDR': obj.podCidr,
        'podCIDRs': obj.podCidRs?.map(y => y),
        'providerID': obj.providerId,
        'taints': obj.taints?.map(y => toJson_Taint(y)),
        'unschedulable': obj.unschedulable,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_PersistentVolumeSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessModes': obj.accessModes?.map(y => y),
        'awsElasticBlockStore': toJson_AwsElasticBlockStoreVolumeSource(obj.awsElasticBlockStore),
        'azureDisk': toJson_AzureDiskVolumeSource(obj.azureDisk),
        'azureFile': toJson_AzureFilePersistentVolumeSource(obj.azureFile),
        'capacity': ((obj.capacity) === undefined) ? undefined : (Object.entries(obj.capacity).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'cephfs': toJson_CephFsPersistentVolumeSource(obj.cephfs),
        'cinder': toJson_CinderPersistentVolumeSource(obj.cinder),
        'claimRef': toJson_ObjectReference(obj.claimRef),
        'csi': toJson_CsiPersistentVolumeSource(obj.csi),
        'fc': toJson_FcVolumeSource(obj.fc),
        'flexVolume': toJson_FlexPersistentVolumeSource(obj.flexVolume),
        'flocker': toJson_FlockerVolumeSource(obj.flocker),
        'gcePersistentDisk': toJson_GcePersistentDiskVolumeSource(obj.gcePersistentDisk),
        'glusterfs': toJson_GlusterfsPersistentVolumeSource(obj.glusterfs),
        'hostPath': toJson_HostPathVolumeSource(obj.hostPath),
        'iscsi': toJson_IscsiPersistentVolumeSource(obj.iscsi),
        'local': toJson_LocalVolumeSource(obj.local),
        'mountOptions': obj.mountOptions?.map(y => y),
        'nfs': toJson_NfsVolumeSource(obj.nfs),
        'nodeAffinity': toJson_VolumeNodeAffinity(obj.nodeAffinity),
        'persistentVolumeReclaimPolicy': obj.persistentVolumeReclaimPolicy,
        'photonPersistentDisk': toJson_PhotonPersistentDiskVolumeSource(obj.photonPersistentDisk),
        'portworxVolume': toJson_PortworxVolumeSource(obj.portworxVolume),
        'quobyte': toJson_QuobyteVolumeSource(obj.quobyte),
        'rbd': toJson_RbdPersistentVolumeSource(obj.rbd),
        'scaleIO': toJson_ScaleIoPersistentVolumeSource(obj.scaleIo),
        'storageClassName': obj.storageClassName,
        'storageos': toJson_StorageOsPersistentVolumeSource(obj.storageos),
        'volumeAttributesClassName': obj.volumeAttributesClassName,
        'volumeMode': obj.volumeMode,
        'vsphereVolume': toJson_VsphereVirtualDiskVolumeSource(obj.vsphereVolume),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_PersistentVolumeClaimSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessModes': obj.accessModes?.map(y => y),
        'dataSource': toJson_TypedLocalObjectReference(obj.dataSource),
        'dataSourceRef': toJson_TypedObjectReference(obj.dataSourceRef),
        'resources': toJson_VolumeResourceRequirements(obj.resources),
        'selector': toJson_LabelSelector(obj.selector),
        'storageClassName': obj.storageClassName,
        'volumeAttributesClassName': obj.volumeAttributesClassName,
        'volumeMode': obj.volumeMode,
        'volumeName': obj.volumeName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_PodSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'activeDeadlineSeconds': obj.activeDeadlineSeconds,
        'affinity': toJson_Affinity(obj.affinity),
        'automountServiceAccountToken': obj.automountServiceAccountToken,
        'containers': obj.containers?.map(y => toJson_Container(y)),
        'dnsConfig': toJson_PodDnsConfig(obj.dnsConfig),
        'dnsPolicy': obj.dnsPolicy,
        'enableServiceLinks': obj.enableServiceLinks,
        'ephemeralContainers': obj.ephemeralContainers?.map(y => toJson_EphemeralContainer(y)),
        'hostAliases': obj.hostAliases?.map(y => toJson_HostAlias(y)),
        'hostIPC': obj.hostIpc,
        'hostNetwork': obj.hostNetwork,
        'hostPID': obj.hostPid,
        'hostUsers': obj.hostUsers,
        'hostname': obj.hostname,
        'imagePullSecrets': obj.imagePullSecrets?.map(y => toJson_LocalObjectReference(y)),
        'initContainers': obj.initContainers?.map(y => toJson_Container(y)),
        'nodeName': obj.nodeName,
        'nodeSelector': ((obj.nodeSelector) === undefined) ? undefined : (Object.entries(obj.nodeSelector).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'os': toJson_PodOs(obj.os),
        'overhead': ((obj.overhead) === undefined) ? undefined : (Object.entries(obj.overhead).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'preemptionPolicy': obj.preemptionPolicy,
        'priority': obj.priority,
        'priorityClassName': obj.priorityClassName,
        'readinessGates': obj.readinessGates?.map(y => toJson_PodReadinessGate(y)),
        'resourceClaims': obj.resourceClaims?.map(y => toJson_PodResourceClaim(y)),
        'resources': toJson_ResourceRequirements(obj.resources),
        'restartPolicy': obj.restartPolicy,
        'runtimeClassName': obj.runtimeClassName,
        'schedulerName': obj.schedulerName,
        'schedulingGates': obj.schedulingGates?.map(y => toJson_PodSchedulingGate(y)),
        'securityContext': toJson_PodSecurityContext(obj.securityContext),
        'serviceAccount': obj.serviceAccount,
        'serviceAccountName': obj.serviceAccountName,
        'setHostnameAsFQDN': obj.setHostnameAsFqdn,
        'shareProcessNamespace': obj.shareProcessNamespace,
        'subdomain': obj.subdomain,
        'terminationGracePeriodSeconds': obj.terminationGracePeriodSeconds,
        'tolerations': obj.tolerations?.map(y => toJson_Toleration(y)),
        'topologySpreadConstraints': obj.topologySpreadConstraints?.map(y => toJson_TopologySpreadConstraint(y)),
        'volumes': obj.volumes?.map(y => toJson_Volume(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_PodTemplateSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_PodSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ReplicationControllerSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'minReadySeconds': obj.minReadySeconds,
        'replicas': obj.replicas,
        'selector': ((obj.selector) === undefined) ? undefined : (Object.entries(obj.selector).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'template': toJson_PodTemplateSpec(obj.template),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ResourceQuotaSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hard': ((obj.hard) === undefined) ? undefined : (Object.entries(obj.hard).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'scopeSelector': toJson_ScopeSelector(obj.scopeSelector),
        'scopes': obj.scopes?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ServiceSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allocateLoadBalancerNodePorts': obj.allocateLoadBalancerNodePorts,
        'clusterIP': obj.clusterIp,
        'clusterIPs': obj.clusterIPs?.map(y => y),
        'externalIPs': obj.externalIPs?.map(y => y),
        'externalName': obj.externalName,
        'externalTrafficPolicy': obj.externalTrafficPolicy,
        'healthCheckNodePort': obj.healthCheckNodePort,
        'internalTrafficPolicy': obj.internalTrafficPolicy,
        'ipFamilies': obj.ipFamilies?.map(y => y),
        'ipFamilyPolicy': obj.ipFamilyPolicy,
        'loadBalancerClass': obj.loadBalancerClass,
        'loadBalancerIP': obj.loadBalancerIp,
        'loadBalancerSourceRanges': obj.loadBalancerSourceRanges?.map(y => y),
        'ports': obj.ports?.map(y => toJson_ServicePort(y)),
        'publishNotReadyAddresses': obj.publishNotReadyAddresses,
        'selector': ((obj.selector) === undefined) ? undefined : (Object.entries(obj.selector).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'sessionAffinity': obj.sessionAffinity,
        'sessionAffinityConfig': toJson_SessionAffinityConfig(obj.sessionAffinityConfig),
        'trafficDistribution': obj.trafficDistribution,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_LocalObjectReference(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_Endpoint(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'addresses': obj.addresses?.map(y => y),
        'conditions': toJson_EndpointConditions(obj.conditions),
        'deprecatedTopology': ((obj.deprecatedTopology) === undefined) ? undefined : (Object.entries(obj.deprecatedTopology).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'hints': toJson_EndpointHints(obj.hints),
        'hostname': obj.hostname,
        'nodeName': obj.nodeName,
        'targetRef': toJson_ObjectReference(obj.targetRef),
        'zone': obj.zone,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_EndpointPort(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'appProtocol': obj.appProtocol,
        'name': obj.name,
        'port': obj.port,
        'protocol': obj.protocol,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_FlowSchemaSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'distinguisherMethod': toJson_FlowDistinguisherMethod(obj.distinguisherMethod),
        'matchingPrecedence': obj.matchingPrecedence,
        'priorityLevelConfiguration': toJson_PriorityLevelConfigurationReference(obj.priorityLevelConfiguration),
        'rules': obj.rules?.map(y => toJson_PolicyRulesWithSubjects(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_PriorityLevelConfigurationSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exempt': toJson_ExemptPriorityLevelConfiguration(obj.exempt),
        'limited': toJson_LimitedPriorityLevelConfiguration(obj.limited),
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_IpAddressSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'parentRef': toJson_ParentReference(obj.parentRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_IngressSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'defaultBackend': toJson_IngressBackend(obj.defaultBackend),
        'ingressClassName': obj.ingressClassName,
        'rules': obj.rules?.map(y => toJson_IngressRule(y)),
        'tls': obj.tls?.map(y => toJson_IngressTls(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_IngressClassSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'controller': obj.controller,
        'parameters': toJson_IngressClassParametersReference(obj.parameters),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_NetworkPolicySpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'egress': obj.egress?.map(y => toJson_NetworkPolicyEgressRule(y)),
        'ingress': obj.ingress?.map(y => toJson_NetworkPolicyIngressRule(y)),
        'podSelector': toJson_LabelSelector(obj.podSelector),
        'policyTypes': obj.policyTypes?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ServiceCidrSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cidrs': obj.cidrs?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_IpAddressSpecV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'parentRef': toJson_ParentReferenceV1Beta1(obj.parentRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ServiceCidrSpecV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cidrs': obj.cidrs?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_Overhead(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'podFixed': ((obj.podFixed) === undefined) ? undefined : (Object.entries(obj.podFixed).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_Scheduling(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'nodeSelector': ((obj.nodeSelector) === undefined) ? undefined : (Object.entries(obj.nodeSelector).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'tolerations': obj.tolerations?.map(y => toJson_Toleration(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeleteOptions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'dryRun': obj.dryRun?.map(y => y),
        'gracePeriodSeconds': obj.gracePeriodSeconds,
        'ignoreStoreReadErrorWithClusterBreakingPotential': obj.ignoreStoreReadErrorWithClusterBreakingPotential,
        'kind': obj.kind,
        'orphanDependents': obj.orphanDependents,
        'preconditions': toJson_Preconditions(obj.preconditions),
        'propagationPolicy': obj.propagationPolicy,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_PodDisruptionBudgetSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'maxUnavailable': obj.maxUnavailable?.value,
        'minAvailable': obj.minAvailable?.value,
        'selector': toJson_LabelSelector(obj.selector),
        'unhealthyPodEvictionPolicy': obj.unhealthyPodEvictionPolicy,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_AggregationRule(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clusterRoleSelectors': obj.clusterRoleSelectors?.map(y => toJson_LabelSelector(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_PolicyRule(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroups': obj.apiGroups?.map(y => y),
        'nonResourceURLs': obj.nonResourceUrLs?.map(y => y),
        'resourceNames': obj.resourceNames?.map(y => y),
        'resources': obj.resources?.map(y => y),
        'verbs': obj.verbs?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_RoleRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroup': obj.apiGroup,
        'kind': obj.kind,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_Subject(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroup': obj.apiGroup,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceClassSpecV1Alpha3(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'config': obj.config?.map(y => toJson_DeviceClassConfigurationV1Alpha3(y)),
        'selectors': obj.selectors?.map(y => toJson_DeviceSelectorV1Alpha3(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceTaintRuleSpecV1Alpha3(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'deviceSelector': toJson_DeviceTaintSelectorV1Alpha3(obj.deviceSelector),
        'taint': toJson_DeviceTaintV1Alpha3(obj.taint),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ResourceClaimSpecV1Alpha3(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'devices': toJson_DeviceClaimV1Alpha3(obj.devices),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ResourceClaimTemplateSpecV1Alpha3(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_ResourceClaimSpecV1Alpha3(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ResourceSliceSpecV1Alpha3(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allNodes': obj.allNodes,
        'devices': obj.devices?.map(y => toJson_DeviceV1Alpha3(y)),
        'driver': obj.driver,
        'nodeName': obj.nodeName,
        'nodeSelector': toJson_NodeSelector(obj.nodeSelector),
        'perDeviceNodeSelection': obj.perDeviceNodeSelection,
        'pool': toJson_ResourcePoolV1Alpha3(obj.pool),
        'sharedCounters': obj.sharedCounters?.map(y => toJson_CounterSetV1Alpha3(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceClassSpecV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'config': obj.config?.map(y => toJson_DeviceClassConfigurationV1Beta1(y)),
        'selectors': obj.selectors?.map(y => toJson_DeviceSelectorV1Beta1(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ResourceClaimSpecV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'devices': toJson_DeviceClaimV1Beta1(obj.devices),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ResourceClaimTemplateSpecV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_ResourceClaimSpecV1Beta1(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ResourceSliceSpecV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allNodes': obj.allNodes,
        'devices': obj.devices?.map(y => toJson_DeviceV1Beta1(y)),
        'driver': obj.driver,
        'nodeName': obj.nodeName,
        'nodeSelector': toJson_NodeSelector(obj.nodeSelector),
        'perDeviceNodeSelection': obj.perDeviceNodeSelection,
        'pool': toJson_ResourcePoolV1Beta1(obj.pool),
        'sharedCounters': obj.sharedCounters?.map(y => toJson_CounterSetV1Beta1(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceClassSpecV1Beta2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'config': obj.config?.map(y => toJson_DeviceClassConfigurationV1Beta2(y)),
        'selectors': obj.selectors?.map(y => toJson_DeviceSelectorV1Beta2(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ResourceClaimSpecV1Beta2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'devices': toJson_DeviceClaimV1Beta2(obj.devices),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ResourceClaimTemplateSpecV1Beta2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_ResourceClaimSpecV1Beta2(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ResourceSliceSpecV1Beta2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allNodes': obj.allNodes,
        'devices': obj.devices?.map(y => toJson_DeviceV1Beta2(y)),
        'driver': obj.driver,
        'nodeName': obj.nodeName,
        'nodeSelector': toJson_NodeSelector(obj.nodeSelector),
        'perDeviceNodeSelection': obj.perDeviceNodeSelection,
        'pool': toJson_ResourcePoolV1Beta2(obj.pool),
        'sharedCounters': obj.sharedCounters?.map(y => toJson_CounterSetV1Beta2(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_CsiDriverSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'attachRequired': obj.attachRequired,
        'fsGroupPolicy': obj.fsGroupPolicy,
        'nodeAllocatableUpdatePeriodSeconds': obj.nodeAllocatableUpdatePeriodSeconds,
        'podInfoOnMount': obj.podInfoOnMount,
        'requiresRepublish': obj.requiresRepublish,
        'seLinuxMount': obj.seLinuxMount,
        'storageCapacity': obj.storageCapacity,
        'tokenRequests': obj.tokenRequests?.map(y => toJson_TokenRequest(y)),
        'volumeLifecycleModes': obj.volumeLifecycleModes?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_CsiNodeSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'drivers': obj.drivers?.map(y => toJson_CsiNodeDriver(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export class Quantity {
    value;
    static fromString(value) {
        return new Quantity(value);
    }
    static fromNumber(value) {
        return new Quantity(value);
    }
    constructor(value) {
        this.value = value;
    }
}
export function toJson_LabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_LabelSelectorRequirement(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_TopologySelectorTerm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchLabelExpressions': obj.matchLabelExpressions?.map(y => toJson_TopologySelectorLabelRequirement(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_VolumeAttachmentSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'attacher': obj.attacher,
        'nodeName': obj.nodeName,
        'source': toJson_VolumeAttachmentSource(obj.source),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_StorageVersionMigrationSpecV1Alpha1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'continueToken': obj.continueToken,
        'resource': toJson_GroupVersionResourceV1Alpha1(obj.resource),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_CustomResourceDefinitionSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'conversion': toJson_CustomResourceConversion(obj.conversion),
        'group': obj.group,
        'names': toJson_CustomResourceDefinitionNames(obj.names),
        'preserveUnknownFields': obj.preserveUnknownFields,
        'scope': obj.scope,
        'versions': obj.versions?.map(y => toJson_CustomResourceDefinitionVersion(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_StatusDetails(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'causes': obj.causes?.map(y => toJson_StatusCause(y)),
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'retryAfterSeconds': obj.retryAfterSeconds,
        'uid': obj.uid,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ApiServiceSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caBundle': obj.caBundle,
        'group': obj.group,
        'groupPriorityMinimum': obj.groupPriorityMinimum,
        'insecureSkipTLSVerify': obj.insecureSkipTlsVerify,
        'service': toJson_ServiceReference(obj.service),
        'version': obj.version,
        'versionPriority': obj.versionPriority,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ManagedFieldsEntry(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'fieldsType': obj.fieldsType,
        'fieldsV1': obj.fieldsV1,
        'manager': obj.manager,
        'operation': obj.operation,
        'subresource': obj.subresource,
        'time': obj.time?.toISOString(),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_OwnerReference(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'blockOwnerDeletion': obj.blockOwnerDeletion,
        'controller': obj.controller,
        'kind': obj.kind,
        'name': obj.name,
        'uid': obj.uid,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_WebhookClientConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caBundle': obj.caBundle,
        'service': toJson_ServiceReference(obj.service),
        'url': obj.url,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_MatchCondition(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'expression': obj.expression,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_RuleWithOperations(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroups': obj.apiGroups?.map(y => y),
        'apiVersions': obj.apiVersions?.map(y => y),
        'operations': obj.operations?.map(y => y),
        'resources': obj.resources?.map(y => y),
        'scope': obj.scope,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_AuditAnnotation(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'valueExpression': obj.valueExpression,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_MatchResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'excludeResourceRules': obj.excludeResourceRules?.map(y => toJson_NamedRuleWithOperations(y)),
        'matchPolicy': obj.matchPolicy,
        'namespaceSelector': toJson_LabelSelector(obj.namespaceSelector),
        'objectSelector': toJson_LabelSelector(obj.objectSelector),
        'resourceRules': obj.resourceRules?.map(y => toJson_NamedRuleWithOperations(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ParamKind(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_Validation(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'expression': obj.expression,
        'message': obj.message,
        'messageExpression': obj.messageExpression,
        'reason': obj.reason,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_Variable(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'expression': obj.expression,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ParamRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'namespace': obj.namespace,
        'parameterNotFoundAction': obj.parameterNotFoundAction,
        'selector': toJson_LabelSelector(obj.selector),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_MatchConditionV1Alpha1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'expression': obj.expression,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_MatchResourcesV1Alpha1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'excludeResourceRules': obj.excludeResourceRules?.map(y => toJson_NamedRuleWithOperationsV1Alpha1(y)),
        'matchPolicy': obj.matchPolicy,
        'namespaceSelector': toJson_LabelSelector(obj.namespaceSelector),
        'objectSelector': toJson_LabelSelector(obj.objectSelector),
        'resourceRules': obj.resourceRules?.map(y => toJson_NamedRuleWithOperationsV1Alpha1(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_MutationV1Alpha1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'applyConfiguration': toJson_ApplyConfigurationV1Alpha1(obj.applyConfiguration),
        'jsonPatch': toJson_JsonPatchV1Alpha1(obj.jsonPatch),
        'patchType': obj.patchType,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ParamKindV1Alpha1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_VariableV1Alpha1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'expression': obj.expression,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ParamRefV1Alpha1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'namespace': obj.namespace,
        'parameterNotFoundAction': obj.parameterNotFoundAction,
        'selector': toJson_LabelSelector(obj.selector),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_AuditAnnotationV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'valueExpression': obj.valueExpression,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_MatchConditionV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'expression': obj.expression,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_MatchResourcesV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'excludeResourceRules': obj.excludeResourceRules?.map(y => toJson_NamedRuleWithOperationsV1Beta1(y)),
        'matchPolicy': obj.matchPolicy,
        'namespaceSelector': toJson_LabelSelector(obj.namespaceSelector),
        'objectSelector': toJson_LabelSelector(obj.objectSelector),
        'resourceRules': obj.resourceRules?.map(y => toJson_NamedRuleWithOperationsV1Beta1(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ParamKindV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ValidationV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'expression': obj.expression,
        'message': obj.message,
        'messageExpression': obj.messageExpression,
        'reason': obj.reason,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_VariableV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'expression': obj.expression,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ParamRefV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'namespace': obj.namespace,
        'parameterNotFoundAction': obj.parameterNotFoundAction,
        'selector': toJson_LabelSelector(obj.selector),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DaemonSetUpdateStrategy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'rollingUpdate': toJson_RollingUpdateDaemonSet(obj.rollingUpdate),
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeploymentStrategy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'rollingUpdate': toJson_RollingUpdateDeployment(obj.rollingUpdate),
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_StatefulSetOrdinals(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'start': obj.start,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_StatefulSetPersistentVolumeClaimRetentionPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'whenDeleted': obj.whenDeleted,
        'whenScaled': obj.whenScaled,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_StatefulSetUpdateStrategy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'rollingUpdate': toJson_RollingUpdateStatefulSetStrategy(obj.rollingUpdate),
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_BoundObjectReference(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
        'name': obj.name,
        'uid': obj.uid,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_NonResourceAttributes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
        'verb': obj.verb,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ResourceAttributes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fieldSelector': toJson_FieldSelectorAttributes(obj.fieldSelector),
        'group': obj.group,
        'labelSelector': toJson_LabelSelectorAttributes(obj.labelSelector),
        'name': obj.name,
        'namespace': obj.namespace,
        'resource': obj.resource,
        'subresource': obj.subresource,
        'verb': obj.verb,
        'version': obj.version,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_CrossVersionObjectReference(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HorizontalPodAutoscalerBehaviorV2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'scaleDown': toJson_HpaScalingRulesV2(obj.scaleDown),
        'scaleUp': toJson_HpaScalingRulesV2(obj.scaleUp),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_MetricSpecV2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'containerResource': toJson_ContainerResourceMetricSourceV2(obj.containerResource),
        'external': toJson_ExternalMetricSourceV2(obj.external),
        'object': toJson_ObjectMetricSourceV2(obj.object),
        'pods': toJson_PodsMetricSourceV2(obj.pods),
        'resource': toJson_ResourceMetricSourceV2(obj.resource),
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_CrossVersionObjectReferenceV2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_JobTemplateSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_JobSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_PodFailurePolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'rules': obj.rules?.map(y => toJson_PodFailurePolicyRule(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_SuccessPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'rules': obj.rules?.map(y => toJson_SuccessPolicyRule(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_EndpointAddress(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostname': obj.hostname,
        'ip': obj.ip,
        'nodeName': obj.nodeName,
        'targetRef': toJson_ObjectReference(obj.targetRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_LimitRangeItem(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'default': ((obj.default) === undefined) ? undefined : (Object.entries(obj.default).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'defaultRequest': ((obj.defaultRequest) === undefined) ? undefined : (Object.entries(obj.defaultRequest).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'max': ((obj.max) === undefined) ? undefined : (Object.entries(obj.max).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'maxLimitRequestRatio': ((obj.maxLimitRequestRatio) === undefined) ? undefined : (Object.entries(obj.maxLimitRequestRatio).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'min': ((obj.min) === undefined) ? undefined : (Object.entries(obj.min).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_NodeConfigSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMap': toJson_ConfigMapNodeConfigSource(obj.configMap),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_Taint(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'effect': obj.effect,
        'key': obj.key,
        'timeAdded': obj.timeAdded?.toISOString(),
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_AwsElasticBlockStoreVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fsType': obj.fsType,
        'partition': obj.partition,
        'readOnly': obj.readOnly,
        'volumeID': obj.volumeId,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_AzureDiskVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cachingMode': obj.cachingMode,
        'diskName': obj.diskName,
        'diskURI': obj.diskUri,
        'fsType': obj.fsType,
        'kind': obj.kind,
        'readOnly': obj.readOnly,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_AzureFilePersistentVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'readOnly': obj.readOnly,
        'secretName': obj.secretName,
        'secretNamespace': obj.secretNamespace,
        'shareName': obj.shareName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_CephFsPersistentVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'monitors': obj.monitors?.map(y => y),
        'path': obj.path,
        'readOnly': obj.readOnly,
        'secretFile': obj.secretFile,
        'secretRef': toJson_SecretReference(obj.secretRef),
        'user': obj.user,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_CinderPersistentVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fsType': obj.fsType,
        'readOnly': obj.readOnly,
        'secretRef': toJson_SecretReference(obj.secretRef),
        'volumeID': obj.volumeId,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_CsiPersistentVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'controllerExpandSecretRef': toJson_SecretReference(obj.controllerExpandSecretRef),
        'controllerPublishSecretRef': toJson_SecretReference(obj.controllerPublishSecretRef),
        'driver': obj.driver,
        'fsType': obj.fsType,
        'nodeExpandSecretRef': toJson_SecretReference(obj.nodeExpandSecretRef),
        'nodePublishSecretRef': toJson_SecretReference(obj.nodePublishSecretRef),
        'nodeStageSecretRef': toJson_SecretReference(obj.nodeStageSecretRef),
        'readOnly': obj.readOnly,
        'volumeAttributes': ((obj.volumeAttributes) === undefined) ? undefined : (Object.entries(obj.volumeAttributes).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'volumeHandle': obj.volumeHandle,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_FcVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fsType': obj.fsType,
        'lun': obj.lun,
        'readOnly': obj.readOnly,
        'targetWWNs': obj.targetWwNs?.map(y => y),
        'wwids': obj.wwids?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_FlexPersistentVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'driver': obj.driver,
        'fsType': obj.fsType,
        'options': ((obj.options) === undefined) ? undefined : (Object.entries(obj.options).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'readOnly': obj.readOnly,
        'secretRef': toJson_SecretReference(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_FlockerVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'datasetName': obj.datasetName,
        'datasetUUID': obj.datasetUuid,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_GcePersistentDiskVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fsType': obj.fsType,
        'partition': obj.partition,
        'pdName': obj.pdName,
        'readOnly': obj.readOnly,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_GlusterfsPersistentVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'endpoints': obj.endpoints,
        'endpointsNamespace': obj.endpointsNamespace,
        'path': obj.path,
        'readOnly': obj.readOnly,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HostPathVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_IscsiPersistentVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'chapAuthDiscovery': obj.chapAuthDiscovery,
        'chapAuthSession': obj.chapAuthSession,
        'fsType': obj.fsType,
        'initiatorName': obj.initiatorName,
        'iqn': obj.iqn,
        'iscsiInterface': obj.iscsiInterface,
        'lun': obj.lun,
        'portals': obj.portals?.map(y => y),
        'readOnly': obj.readOnly,
        'secretRef': toJson_SecretReference(obj.secretRef),
        'targetPortal': obj.targetPortal,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_LocalVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fsType': obj.fsType,
        'path': obj.path,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_NfsVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
        'readOnly': obj.readOnly,
        'server': obj.server,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_VolumeNodeAffinity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'required': toJson_NodeSelector(obj.required),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_PhotonPersistentDiskVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fsType': obj.fsType,
        'pdID': obj.pdId,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_PortworxVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fsType': obj.fsType,
        'readOnly': obj.readOnly,
        'volumeID': obj.volumeId,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_QuobyteVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'readOnly': obj.readOnly,
        'registry': obj.registry,
        'tenant': obj.tenant,
        'user': obj.user,
        'volume': obj.volume,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_RbdPersistentVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fsType': obj.fsType,
        'image': obj.image,
        'keyring': obj.keyring,
        'monitors': obj.monitors?.map(y => y),
        'pool': obj.pool,
        'readOnly': obj.readOnly,
        'secretRef': toJson_SecretReference(obj.secretRef),
        'user': obj.user,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ScaleIoPersistentVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fsType': obj.fsType,
        'gateway': obj.gateway,
        'protectionDomain': obj.protectionDomain,
        'readOnly': obj.readOnly,
        'secretRef': toJson_SecretReference(obj.secretRef),
        'sslEnabled': obj.sslEnabled,
        'storageMode': obj.storageMode,
        'storagePool': obj.storagePool,
        'system': obj.system,
        'volumeName': obj.volumeName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_StorageOsPersistentVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fsType': obj.fsType,
        'readOnly': obj.readOnly,
        'secretRef': toJson_ObjectReference(obj.secretRef),
        'volumeName': obj.volumeName,
        'volumeNamespace': obj.volumeNamespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_VsphereVirtualDiskVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fsType': obj.fsType,
        'storagePolicyID': obj.storagePolicyId,
        'storagePolicyName': obj.storagePolicyName,
        'volumePath': obj.volumePath,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_TypedLocalObjectReference(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroup': obj.apiGroup,
        'kind': obj.kind,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_TypedObjectReference(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroup': obj.apiGroup,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_VolumeResourceRequirements(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_Affinity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'nodeAffinity': toJson_NodeAffinity(obj.nodeAffinity),
        'podAffinity': toJson_PodAffinity(obj.podAffinity),
        'podAntiAffinity': toJson_PodAntiAffinity(obj.podAntiAffinity),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_Container(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'args': obj.args?.map(y => y),
        'command': obj.command?.map(y => y),
        'env': obj.env?.map(y => toJson_EnvVar(y)),
        'envFrom': obj.envFrom?.map(y => toJson_EnvFromSource(y)),
        'image': obj.image,
        'imagePullPolicy': obj.imagePullPolicy,
        'lifecycle': toJson_Lifecycle(obj.lifecycle),
        'livenessProbe': toJson_Probe(obj.livenessProbe),
        'name': obj.name,
        'ports': obj.ports?.map(y => toJson_ContainerPort(y)),
        'readinessProbe': toJson_Probe(obj.readinessProbe),
        'resizePolicy': obj.resizePolicy?.map(y => toJson_ContainerResizePolicy(y)),
        'resources': toJson_ResourceRequirements(obj.resources),
        'restartPolicy': obj.restartPolicy,
        'securityContext': toJson_SecurityContext(obj.securityContext),
        'startupProbe': toJson_Probe(obj.startupProbe),
        'stdin': obj.stdin,
        'stdinOnce': obj.stdinOnce,
        'terminationMessagePath': obj.terminationMessagePath,
        'terminationMessagePolicy': obj.terminationMessagePolicy,
        'tty': obj.tty,
        'volumeDevices': obj.volumeDevices?.map(y => toJson_VolumeDevice(y)),
        'volumeMounts': obj.volumeMounts?.map(y => toJson_VolumeMount(y)),
        'workingDir': obj.workingDir,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_PodDnsConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'nameservers': obj.nameservers?.map(y => y),
        'options': obj.options?.map(y => toJson_PodDnsConfigOption(y)),
        'searches': obj.searches?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_EphemeralContainer(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'args': obj.args?.map(y => y),
        'command': obj.command?.map(y => y),
        'env': obj.env?.map(y => toJson_EnvVar(y)),
        'envFrom': obj.envFrom?.map(y => toJson_EnvFromSource(y)),
        'image': obj.image,
        'imagePullPolicy': obj.imagePullPolicy,
        'lifecycle': toJson_Lifecycle(obj.lifecycle),
        'livenessProbe': toJson_Probe(obj.livenessProbe),
        'name': obj.name,
        'ports': obj.ports?.map(y => toJson_ContainerPort(y)),
        'readinessProbe': toJson_Probe(obj.readinessProbe),
        'resizePolicy': obj.resizePolicy?.map(y => toJson_ContainerResizePolicy(y)),
        'resources': toJson_ResourceRequirements(obj.resources),
        'restartPolicy': obj.restartPolicy,
        'securityContext': toJson_SecurityContext(obj.securityContext),
        'startupProbe': toJson_Probe(obj.startupProbe),
        'stdin': obj.stdin,
        'stdinOnce': obj.stdinOnce,
        'targetContainerName': obj.targetContainerName,
        'terminationMessagePath': obj.terminationMessagePath,
        'terminationMessagePolicy': obj.terminationMessagePolicy,
        'tty': obj.tty,
        'volumeDevices': obj.volumeDevices?.map(y => toJson_VolumeDevice(y)),
        'volumeMounts': obj.volumeMounts?.map(y => toJson_VolumeMount(y)),
        'workingDir': obj.workingDir,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HostAlias(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostnames': obj.hostnames?.map(y => y),
        'ip': obj.ip,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_PodOs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_PodReadinessGate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'conditionType': obj.conditionType,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_PodResourceClaim(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'resourceClaimName': obj.resourceClaimName,
        'resourceClaimTemplateName': obj.resourceClaimTemplateName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ResourceRequirements(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'claims': obj.claims?.map(y => toJson_ResourceClaim(y)),
        'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_PodSchedulingGate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_PodSecurityContext(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'appArmorProfile': toJson_AppArmorProfile(obj.appArmorProfile),
        'fsGroup': obj.fsGroup,
        'fsGroupChangePolicy': obj.fsGroupChangePolicy,
        'runAsGroup': obj.runAsGroup,
        'runAsNonRoot': obj.runAsNonRoot,
        'runAsUser': obj.runAsUser,
        'seLinuxChangePolicy': obj.seLinuxChangePolicy,
        'seLinuxOptions': toJson_SeLinuxOptions(obj.seLinuxOptions),
        'seccompProfile': toJson_SeccompProfile(obj.seccompProfile),
        'supplementalGroups': obj.supplementalGroups?.map(y => y),
        'supplementalGroupsPolicy': obj.supplementalGroupsPolicy,
        'sysctls': obj.sysctls?.map(y => toJson_Sysctl(y)),
        'windowsOptions': toJson_WindowsSecurityContextOptions(obj.windowsOptions),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_Toleration(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'effect': obj.effect,
        'key': obj.key,
        'operator': obj.operator,
        'tolerationSeconds': obj.tolerationSeconds,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_TopologySpreadConstraint(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_LabelSelector(obj.labelSelector),
        'matchLabelKeys': obj.matchLabelKeys?.map(y => y),
        'maxSkew': obj.maxSkew,
        'minDomains': obj.minDomains,
        'nodeAffinityPolicy': obj.nodeAffinityPolicy,
        'nodeTaintsPolicy': obj.nodeTaintsPolicy,
        'topologyKey': obj.topologyKey,
        'whenUnsatisfiable': obj.whenUnsatisfiable,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_Volume(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'awsElasticBlockStore': toJson_AwsElasticBlockStoreVolumeSource(obj.awsElasticBlockStore),
        'azureDisk': toJson_AzureDiskVolumeSource(obj.azureDisk),
        'azureFile': toJson_AzureFileVolumeSource(obj.azureFile),
        'cephfs': toJson_CephFsVolumeSource(obj.cephfs),
        'cinder': toJson_CinderVolumeSource(obj.cinder),
        'configMap': toJson_ConfigMapVolumeSource(obj.configMap),
        'csi': toJson_CsiVolumeSource(obj.csi),
        'downwardAPI': toJson_DownwardApiVolumeSource(obj.downwardApi),
        'emptyDir': toJson_EmptyDirVolumeSource(obj.emptyDir),
        'ephemeral': toJson_EphemeralVolumeSource(obj.ephemeral),
        'fc': toJson_FcVolumeSource(obj.fc),
        'flexVolume': toJson_FlexVolumeSource(obj.flexVolume),
        'flocker': toJson_FlockerVolumeSource(obj.flocker),
        'gcePersistentDisk': toJson_GcePersistentDiskVolumeSource(obj.gcePersistentDisk),
        'gitRepo': toJson_GitRepoVolumeSource(obj.gitRepo),
        'glusterfs': toJson_GlusterfsVolumeSource(obj.glusterfs),
        'hostPath': toJson_HostPathVolumeSource(obj.hostPath),
        'image': toJson_ImageVolumeSource(obj.image),
        'iscsi': toJson_IscsiVolumeSource(obj.iscsi),
        'name': obj.name,
        'nfs': toJson_NfsVolumeSource(obj.nfs),
        'persistentVolumeClaim': toJson_PersistentVolumeClaimVolumeSource(obj.persistentVolumeClaim),
        'photonPersistentDisk': toJson_PhotonPersistentDiskVolumeSource(obj.photonPersistentDisk),
        'portworxVolume': toJson_PortworxVolumeSource(obj.portworxVolume),
        'projected': toJson_ProjectedVolumeSource(obj.projected),
        'quobyte': toJson_QuobyteVolumeSource(obj.quobyte),
        'rbd': toJson_RbdVolumeSource(obj.rbd),
        'scaleIO': toJson_ScaleIoVolumeSource(obj.scaleIo),
        'secret': toJson_SecretVolumeSource(obj.secret),
        'storageos': toJson_StorageOsVolumeSource(obj.storageos),
        'vsphereVolume': toJson_VsphereVirtualDiskVolumeSource(obj.vsphereVolume),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ScopeSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ScopedResourceSelectorRequirement(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ServicePort(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'appProtocol': obj.appProtocol,
        'name': obj.name,
        'nodePort': obj.nodePort,
        'port': obj.port,
        'protocol': obj.protocol,
        'targetPort': obj.targetPort?.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_SessionAffinityConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientIP': toJson_ClientIpConfig(obj.clientIp),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_EndpointConditions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ready': obj.ready,
        'serving': obj.serving,
        'terminating': obj.terminating,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_EndpointHints(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'forNodes': obj.forNodes?.map(y => toJson_ForNode(y)),
        'forZones': obj.forZones?.map(y => toJson_ForZone(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_FlowDistinguisherMethod(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_PriorityLevelConfigurationReference(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_PolicyRulesWithSubjects(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'nonResourceRules': obj.nonResourceRules?.map(y => toJson_NonResourcePolicyRule(y)),
        'resourceRules': obj.resourceRules?.map(y => toJson_ResourcePolicyRule(y)),
        'subjects': obj.subjects?.map(y => toJson_Subject(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExemptPriorityLevelConfiguration(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'lendablePercent': obj.lendablePercent,
        'nominalConcurrencyShares': obj.nominalConcurrencyShares,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_LimitedPriorityLevelConfiguration(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'borrowingLimitPercent': obj.borrowingLimitPercent,
        'lendablePercent': obj.lendablePercent,
        'limitResponse': toJson_LimitResponse(obj.limitResponse),
        'nominalConcurrencyShares': obj.nominalConcurrencyShares,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ParentReference(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'name': obj.name,
        'namespace': obj.namespace,
        'resource': obj.resource,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_IngressBackend(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'resource': toJson_TypedLocalObjectReference(obj.resource),
        'service': toJson_IngressServiceBackend(obj.service),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_IngressRule(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'host': obj.host,
        'http': toJson_HttpIngressRuleValue(obj.http),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_IngressTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hosts': obj.hosts?.map(y => y),
        'secretName': obj.secretName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_IngressClassParametersReference(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroup': obj.apiGroup,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
        'scope': obj.scope,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_NetworkPolicyEgressRule(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ports': obj.ports?.map(y => toJson_NetworkPolicyPort(y)),
        'to': obj.to?.map(y => toJson_NetworkPolicyPeer(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_NetworkPolicyIngressRule(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'from': obj.from?.map(y => toJson_NetworkPolicyPeer(y)),
        'ports': obj.ports?.map(y => toJson_NetworkPolicyPort(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ParentReferenceV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'name': obj.name,
        'namespace': obj.namespace,
        'resource': obj.resource,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export var IoK8SApimachineryPkgApisMetaV1DeleteOptionsKind;
(function (IoK8SApimachineryPkgApisMetaV1DeleteOptionsKind) {
    IoK8SApimachineryPkgApisMetaV1DeleteOptionsKind["DELETE_OPTIONS"] = "DeleteOptions";
})(IoK8SApimachineryPkgApisMetaV1DeleteOptionsKind || (IoK8SApimachineryPkgApisMetaV1DeleteOptionsKind = {}));
export function toJson_Preconditions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'resourceVersion': obj.resourceVersion,
        'uid': obj.uid,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export class IntOrString {
    value;
    static fromString(value) {
        return new IntOrString(value);
    }
    static fromNumber(value) {
        return new IntOrString(value);
    }
    constructor(value) {
        this.value = value;
    }
}
export function toJson_DeviceClassConfigurationV1Alpha3(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'opaque': toJson_OpaqueDeviceConfigurationV1Alpha3(obj.opaque),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceSelectorV1Alpha3(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cel': toJson_CelDeviceSelectorV1Alpha3(obj.cel),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceTaintSelectorV1Alpha3(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'device': obj.device,
        'deviceClassName': obj.deviceClassName,
        'driver': obj.driver,
        'pool': obj.pool,
        'selectors': obj.selectors?.map(y => toJson_DeviceSelectorV1Alpha3(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceTaintV1Alpha3(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'effect': obj.effect,
        'key': obj.key,
        'timeAdded': obj.timeAdded?.toISOString(),
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceClaimV1Alpha3(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'config': obj.config?.map(y => toJson_DeviceClaimConfigurationV1Alpha3(y)),
        'constraints': obj.constraints?.map(y => toJson_DeviceConstraintV1Alpha3(y)),
        'requests': obj.requests?.map(y => toJson_DeviceRequestV1Alpha3(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceV1Alpha3(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'basic': toJson_BasicDeviceV1Alpha3(obj.basic),
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_NodeSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'nodeSelectorTerms': obj.nodeSelectorTerms?.map(y => toJson_NodeSelectorTerm(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ResourcePoolV1Alpha3(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'generation': obj.generation,
        'name': obj.name,
        'resourceSliceCount': obj.resourceSliceCount,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_CounterSetV1Alpha3(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'counters': ((obj.counters) === undefined) ? undefined : (Object.entries(obj.counters).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_CounterV1Alpha3(i[1]) }), {})),
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceClassConfigurationV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'opaque': toJson_OpaqueDeviceConfigurationV1Beta1(obj.opaque),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceSelectorV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cel': toJson_CelDeviceSelectorV1Beta1(obj.cel),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceClaimV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'config': obj.config?.map(y => toJson_DeviceClaimConfigurationV1Beta1(y)),
        'constraints': obj.constraints?.map(y => toJson_DeviceConstraintV1Beta1(y)),
        'requests': obj.requests?.map(y => toJson_DeviceRequestV1Beta1(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'basic': toJson_BasicDeviceV1Beta1(obj.basic),
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ResourcePoolV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'generation': obj.generation,
        'name': obj.name,
        'resourceSliceCount': obj.resourceSliceCount,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_CounterSetV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'counters': ((obj.counters) === undefined) ? undefined : (Object.entries(obj.counters).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_CounterV1Beta1(i[1]) }), {})),
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceClassConfigurationV1Beta2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'opaque': toJson_OpaqueDeviceConfigurationV1Beta2(obj.opaque),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceSelectorV1Beta2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cel': toJson_CelDeviceSelectorV1Beta2(obj.cel),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceClaimV1Beta2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'config': obj.config?.map(y => toJson_DeviceClaimConfigurationV1Beta2(y)),
        'constraints': obj.constraints?.map(y => toJson_DeviceConstraintV1Beta2(y)),
        'requests': obj.requests?.map(y => toJson_DeviceRequestV1Beta2(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceV1Beta2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allNodes': obj.allNodes,
        'attributes': ((obj.attributes) === undefined) ? undefined : (Object.entries(obj.attributes).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_DeviceAttributeV1Beta2(i[1]) }), {})),
        'capacity': ((obj.capacity) === undefined) ? undefined : (Object.entries(obj.capacity).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_DeviceCapacityV1Beta2(i[1]) }), {})),
        'consumesCounters': obj.consumesCounters?.map(y => toJson_DeviceCounterConsumptionV1Beta2(y)),
        'name': obj.name,
        'nodeName': obj.nodeName,
        'nodeSelector': toJson_NodeSelector(obj.nodeSelector),
        'taints': obj.taints?.map(y => toJson_DeviceTaintV1Beta2(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ResourcePoolV1Beta2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'generation': obj.generation,
        'name': obj.name,
        'resourceSliceCount': obj.resourceSliceCount,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_CounterSetV1Beta2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'counters': ((obj.counters) === undefined) ? undefined : (Object.entries(obj.counters).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_CounterV1Beta2(i[1]) }), {})),
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_TokenRequest(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audience': obj.audience,
        'expirationSeconds': obj.expirationSeconds,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_CsiNodeDriver(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allocatable': toJson_VolumeNodeResources(obj.allocatable),
        'name': obj.name,
        'nodeID': obj.nodeId,
        'topologyKeys': obj.topologyKeys?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_LabelSelectorRequirement(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_TopologySelectorLabelRequirement(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_VolumeAttachmentSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'inlineVolumeSpec': toJson_PersistentVolumeSpec(obj.inlineVolumeSpec),
        'persistentVolumeName': obj.persistentVolumeName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_GroupVersionResourceV1Alpha1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'resource': obj.resource,
        'version': obj.version,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_CustomResourceConversion(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'strategy': obj.strategy,
        'webhook': toJson_WebhookConversion(obj.webhook),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_CustomResourceDefinitionNames(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'categories': obj.categories?.map(y => y),
        'kind': obj.kind,
        'listKind': obj.listKind,
        'plural': obj.plural,
        'shortNames': obj.shortNames?.map(y => y),
        'singular': obj.singular,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_CustomResourceDefinitionVersion(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'additionalPrinterColumns': obj.additionalPrinterColumns?.map(y => toJson_CustomResourceColumnDefinition(y)),
        'deprecated': obj.deprecated,
        'deprecationWarning': obj.deprecationWarning,
        'name': obj.name,
        'schema': toJson_CustomResourceValidation(obj.schema),
        'selectableFields': obj.selectableFields?.map(y => toJson_SelectableField(y)),
        'served': obj.served,
        'storage': obj.storage,
        'subresources': toJson_CustomResourceSubresources(obj.subresources),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_StatusCause(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'field': obj.field,
        'message': obj.message,
        'reason': obj.reason,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ServiceReference(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'namespace': obj.namespace,
        'path': obj.path,
        'port': obj.port,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_NamedRuleWithOperations(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroups': obj.apiGroups?.map(y => y),
        'apiVersions': obj.apiVersions?.map(y => y),
        'operations': obj.operations?.map(y => y),
        'resourceNames': obj.resourceNames?.map(y => y),
        'resources': obj.resources?.map(y => y),
        'scope': obj.scope,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_NamedRuleWithOperationsV1Alpha1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroups': obj.apiGroups?.map(y => y),
        'apiVersions': obj.apiVersions?.map(y => y),
        'operations': obj.operations?.map(y => y),
        'resourceNames': obj.resourceNames?.map(y => y),
        'resources': obj.resources?.map(y => y),
        'scope': obj.scope,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ApplyConfigurationV1Alpha1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'expression': obj.expression,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_JsonPatchV1Alpha1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'expression': obj.expression,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_NamedRuleWithOperationsV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroups': obj.apiGroups?.map(y => y),
        'apiVersions': obj.apiVersions?.map(y => y),
        'operations': obj.operations?.map(y => y),
        'resourceNames': obj.resourceNames?.map(y => y),
        'resources': obj.resources?.map(y => y),
        'scope': obj.scope,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_RollingUpdateDaemonSet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'maxSurge': obj.maxSurge?.value,
        'maxUnavailable': obj.maxUnavailable?.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_RollingUpdateDeployment(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'maxSurge': obj.maxSurge?.value,
        'maxUnavailable': obj.maxUnavailable?.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_RollingUpdateStatefulSetStrategy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'maxUnavailable': obj.maxUnavailable?.value,
        'partition': obj.partition,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_FieldSelectorAttributes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'rawSelector': obj.rawSelector,
        'requirements': obj.requirements?.map(y => toJson_FieldSelectorRequirement(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_LabelSelectorAttributes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'rawSelector': obj.rawSelector,
        'requirements': obj.requirements?.map(y => toJson_LabelSelectorRequirement(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HpaScalingRulesV2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'policies': obj.policies?.map(y => toJson_HpaScalingPolicyV2(y)),
        'selectPolicy': obj.selectPolicy,
        'stabilizationWindowSeconds': obj.stabilizationWindowSeconds,
        'tolerance': obj.tolerance?.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ContainerResourceMetricSourceV2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'container': obj.container,
        'name': obj.name,
        'target': toJson_MetricTargetV2(obj.target),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalMetricSourceV2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metric': toJson_MetricIdentifierV2(obj.metric),
        'target': toJson_MetricTargetV2(obj.target),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ObjectMetricSourceV2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'describedObject': toJson_CrossVersionObjectReferenceV2(obj.describedObject),
        'metric': toJson_MetricIdentifierV2(obj.metric),
        'target': toJson_MetricTargetV2(obj.target),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_PodsMetricSourceV2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metric': toJson_MetricIdentifierV2(obj.metric),
        'target': toJson_MetricTargetV2(obj.target),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ResourceMetricSourceV2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'target': toJson_MetricTargetV2(obj.target),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_PodFailurePolicyRule(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'action': obj.action,
        'onExitCodes': toJson_PodFailurePolicyOnExitCodesRequirement(obj.onExitCodes),
        'onPodConditions': obj.onPodConditions?.map(y => toJson_PodFailurePolicyOnPodConditionsPattern(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_SuccessPolicyRule(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'succeededCount': obj.succeededCount,
        'succeededIndexes': obj.succeededIndexes,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ConfigMapNodeConfigSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kubeletConfigKey': obj.kubeletConfigKey,
        'name': obj.name,
        'namespace': obj.namespace,
        'resourceVersion': obj.resourceVersion,
        'uid': obj.uid,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_SecretReference(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_NodeAffinity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'preferredDuringSchedulingIgnoredDuringExecution': obj.preferredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_PreferredSchedulingTerm(y)),
        'requiredDuringSchedulingIgnoredDuringExecution': toJson_NodeSelector(obj.requiredDuringSchedulingIgnoredDuringExecution),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_PodAffinity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'preferredDuringSchedulingIgnoredDuringExecution': obj.preferredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_WeightedPodAffinityTerm(y)),
        'requiredDuringSchedulingIgnoredDuringExecution': obj.requiredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_PodAffinityTerm(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_PodAntiAffinity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'preferredDuringSchedulingIgnoredDuringExecution': obj.preferredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_WeightedPodAffinityTerm(y)),
        'requiredDuringSchedulingIgnoredDuringExecution': obj.requiredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_PodAffinityTerm(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_EnvVar(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
        'valueFrom': toJson_EnvVarSource(obj.valueFrom),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_EnvFromSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMapRef': toJson_ConfigMapEnvSource(obj.configMapRef),
        'prefix': obj.prefix,
        'secretRef': toJson_SecretEnvSource(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_Lifecycle(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'postStart': toJson_LifecycleHandler(obj.postStart),
        'preStop': toJson_LifecycleHandler(obj.preStop),
        'stopSignal': obj.stopSignal,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_Probe(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exec': toJson_ExecAction(obj.exec),
        'failureThreshold': obj.failureThreshold,
        'grpc': toJson_GrpcAction(obj.grpc),
        'httpGet': toJson_HttpGetAction(obj.httpGet),
        'initialDelaySeconds': obj.initialDelaySeconds,
        'periodSeconds': obj.periodSeconds,
        'successThreshold': obj.successThreshold,
        'tcpSocket': toJson_TcpSocketAction(obj.tcpSocket),
        'terminationGracePeriodSeconds': obj.terminationGracePeriodSeconds,
        'timeoutSeconds': obj.timeoutSeconds,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ContainerPort(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'containerPort': obj.containerPort,
        'hostIP': obj.hostIp,
        'hostPort': obj.hostPort,
        'name': obj.name,
        'protocol': obj.protocol,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ContainerResizePolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'resourceName': obj.resourceName,
        'restartPolicy': obj.restartPolicy,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_SecurityContext(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowPrivilegeEscalation': obj.allowPrivilegeEscalation,
        'appArmorProfile': toJson_AppArmorProfile(obj.appArmorProfile),
        'capabilities': toJson_Capabilities(obj.capabilities),
        'privileged': obj.privileged,
        'procMount': obj.procMount,
        'readOnlyRootFilesystem': obj.readOnlyRootFilesystem,
        'runAsGroup': obj.runAsGroup,
        'runAsNonRoot': obj.runAsNonRoot,
        'runAsUser': obj.runAsUser,
        'seLinuxOptions': toJson_SeLinuxOptions(obj.seLinuxOptions),
        'seccompProfile': toJson_SeccompProfile(obj.seccompProfile),
        'windowsOptions': toJson_WindowsSecurityContextOptions(obj.windowsOptions),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_VolumeDevice(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'devicePath': obj.devicePath,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_VolumeMount(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mountPath': obj.mountPath,
        'mountPropagation': obj.mountPropagation,
        'name': obj.name,
        'readOnly': obj.readOnly,
        'recursiveReadOnly': obj.recursiveReadOnly,
        'subPath': obj.subPath,
        'subPathExpr': obj.subPathExpr,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_PodDnsConfigOption(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ResourceClaim(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'request': obj.request,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_AppArmorProfile(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'localhostProfile': obj.localhostProfile,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_SeLinuxOptions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'level': obj.level,
        'role': obj.role,
        'type': obj.type,
        'user': obj.user,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_SeccompProfile(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'localhostProfile': obj.localhostProfile,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_Sysctl(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_WindowsSecurityContextOptions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'gmsaCredentialSpec': obj.gmsaCredentialSpec,
        'gmsaCredentialSpecName': obj.gmsaCredentialSpecName,
        'hostProcess': obj.hostProcess,
        'runAsUserName': obj.runAsUserName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_AzureFileVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'readOnly': obj.readOnly,
        'secretName': obj.secretName,
        'shareName': obj.shareName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_CephFsVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'monitors': obj.monitors?.map(y => y),
        'path': obj.path,
        'readOnly': obj.readOnly,
        'secretFile': obj.secretFile,
        'secretRef': toJson_LocalObjectReference(obj.secretRef),
        'user': obj.user,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_CinderVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fsType': obj.fsType,
        'readOnly': obj.readOnly,
        'secretRef': toJson_LocalObjectReference(obj.secretRef),
        'volumeID': obj.volumeId,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ConfigMapVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'defaultMode': obj.defaultMode,
        'items': obj.items?.map(y => toJson_KeyToPath(y)),
        'name': obj.name,
        'optional': obj.optional,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_CsiVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'driver': obj.driver,
        'fsType': obj.fsType,
        'nodePublishSecretRef': toJson_LocalObjectReference(obj.nodePublishSecretRef),
        'readOnly': obj.readOnly,
        'volumeAttributes': ((obj.volumeAttributes) === undefined) ? undefined : (Object.entries(obj.volumeAttributes).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DownwardApiVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'defaultMode': obj.defaultMode,
        'items': obj.items?.map(y => toJson_DownwardApiVolumeFile(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_EmptyDirVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'medium': obj.medium,
        'sizeLimit': obj.sizeLimit?.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_EphemeralVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'volumeClaimTemplate': toJson_PersistentVolumeClaimTemplate(obj.volumeClaimTemplate),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_FlexVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'driver': obj.driver,
        'fsType': obj.fsType,
        'options': ((obj.options) === undefined) ? undefined : (Object.entries(obj.options).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'readOnly': obj.readOnly,
        'secretRef': toJson_LocalObjectReference(obj.secretRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_GitRepoVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'directory': obj.directory,
        'repository': obj.repository,
        'revision': obj.revision,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_GlusterfsVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'endpoints': obj.endpoints,
        'path': obj.path,
        'readOnly': obj.readOnly,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ImageVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'pullPolicy': obj.pullPolicy,
        'reference': obj.reference,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_IscsiVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'chapAuthDiscovery': obj.chapAuthDiscovery,
        'chapAuthSession': obj.chapAuthSession,
        'fsType': obj.fsType,
        'initiatorName': obj.initiatorName,
        'iqn': obj.iqn,
        'iscsiInterface': obj.iscsiInterface,
        'lun': obj.lun,
        'portals': obj.portals?.map(y => y),
        'readOnly': obj.readOnly,
        'secretRef': toJson_LocalObjectReference(obj.secretRef),
        'targetPortal': obj.targetPortal,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_PersistentVolumeClaimVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'claimName': obj.claimName,
        'readOnly': obj.readOnly,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ProjectedVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'defaultMode': obj.defaultMode,
        'sources': obj.sources?.map(y => toJson_VolumeProjection(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_RbdVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fsType': obj.fsType,
        'image': obj.image,
        'keyring': obj.keyring,
        'monitors': obj.monitors?.map(y => y),
        'pool': obj.pool,
        'readOnly': obj.readOnly,
        'secretRef': toJson_LocalObjectReference(obj.secretRef),
        'user': obj.user,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ScaleIoVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fsType': obj.fsType,
        'gateway': obj.gateway,
        'protectionDomain': obj.protectionDomain,
        'readOnly': obj.readOnly,
        'secretRef': toJson_LocalObjectReference(obj.secretRef),
        'sslEnabled': obj.sslEnabled,
        'storageMode': obj.storageMode,
        'storagePool': obj.storagePool,
        'system': obj.system,
        'volumeName': obj.volumeName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_SecretVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'defaultMode': obj.defaultMode,
        'items': obj.items?.map(y => toJson_KeyToPath(y)),
        'optional': obj.optional,
        'secretName': obj.secretName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_StorageOsVolumeSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fsType': obj.fsType,
        'readOnly': obj.readOnly,
        'secretRef': toJson_LocalObjectReference(obj.secretRef),
        'volumeName': obj.volumeName,
        'volumeNamespace': obj.volumeNamespace,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ScopedResourceSelectorRequirement(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'operator': obj.operator,
        'scopeName': obj.scopeName,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClientIpConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'timeoutSeconds': obj.timeoutSeconds,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ForNode(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ForZone(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_NonResourcePolicyRule(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'nonResourceURLs': obj.nonResourceUrLs?.map(y => y),
        'verbs': obj.verbs?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ResourcePolicyRule(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroups': obj.apiGroups?.map(y => y),
        'clusterScope': obj.clusterScope,
        'namespaces': obj.namespaces?.map(y => y),
        'resources': obj.resources?.map(y => y),
        'verbs': obj.verbs?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_LimitResponse(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'queuing': toJson_QueuingConfiguration(obj.queuing),
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_IngressServiceBackend(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'port': toJson_ServiceBackendPort(obj.port),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HttpIngressRuleValue(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'paths': obj.paths?.map(y => toJson_HttpIngressPath(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_NetworkPolicyPort(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'endPort': obj.endPort,
        'port': obj.port?.value,
        'protocol': obj.protocol,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_NetworkPolicyPeer(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ipBlock': toJson_IpBlock(obj.ipBlock),
        'namespaceSelector': toJson_LabelSelector(obj.namespaceSelector),
        'podSelector': toJson_LabelSelector(obj.podSelector),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_OpaqueDeviceConfigurationV1Alpha3(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'driver': obj.driver,
        'parameters': obj.parameters,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_CelDeviceSelectorV1Alpha3(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'expression': obj.expression,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceClaimConfigurationV1Alpha3(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'opaque': toJson_OpaqueDeviceConfigurationV1Alpha3(obj.opaque),
        'requests': obj.requests?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceConstraintV1Alpha3(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchAttribute': obj.matchAttribute,
        'requests': obj.requests?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceRequestV1Alpha3(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'adminAccess': obj.adminAccess,
        'allocationMode': obj.allocationMode,
        'count': obj.count,
        'deviceClassName': obj.deviceClassName,
        'firstAvailable': obj.firstAvailable?.map(y => toJson_DeviceSubRequestV1Alpha3(y)),
        'name': obj.name,
        'selectors': obj.selectors?.map(y => toJson_DeviceSelectorV1Alpha3(y)),
        'tolerations': obj.tolerations?.map(y => toJson_DeviceTolerationV1Alpha3(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_BasicDeviceV1Alpha3(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allNodes': obj.allNodes,
        'attributes': ((obj.attributes) === undefined) ? undefined : (Object.entries(obj.attributes).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_DeviceAttributeV1Alpha3(i[1]) }), {})),
        'capacity': ((obj.capacity) === undefined) ? undefined : (Object.entries(obj.capacity).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'consumesCounters': obj.consumesCounters?.map(y => toJson_DeviceCounterConsumptionV1Alpha3(y)),
        'nodeName': obj.nodeName,
        'nodeSelector': toJson_NodeSelector(obj.nodeSelector),
        'taints': obj.taints?.map(y => toJson_DeviceTaintV1Alpha3(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_NodeSelectorTerm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_NodeSelectorRequirement(y)),
        'matchFields': obj.matchFields?.map(y => toJson_NodeSelectorRequirement(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_CounterV1Alpha3(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'value': obj.value?.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_OpaqueDeviceConfigurationV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'driver': obj.driver,
        'parameters': obj.parameters,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_CelDeviceSelectorV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'expression': obj.expression,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceClaimConfigurationV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'opaque': toJson_OpaqueDeviceConfigurationV1Beta1(obj.opaque),
        'requests': obj.requests?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceConstraintV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchAttribute': obj.matchAttribute,
        'requests': obj.requests?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceRequestV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'adminAccess': obj.adminAccess,
        'allocationMode': obj.allocationMode,
        'count': obj.count,
        'deviceClassName': obj.deviceClassName,
        'firstAvailable': obj.firstAvailable?.map(y => toJson_DeviceSubRequestV1Beta1(y)),
        'name': obj.name,
        'selectors': obj.selectors?.map(y => toJson_DeviceSelectorV1Beta1(y)),
        'tolerations': obj.tolerations?.map(y => toJson_DeviceTolerationV1Beta1(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_BasicDeviceV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allNodes': obj.allNodes,
        'attributes': ((obj.attributes) === undefined) ? undefined : (Object.entries(obj.attributes).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_DeviceAttributeV1Beta1(i[1]) }), {})),
        'capacity': ((obj.capacity) === undefined) ? undefined : (Object.entries(obj.capacity).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_DeviceCapacityV1Beta1(i[1]) }), {})),
        'consumesCounters': obj.consumesCounters?.map(y => toJson_DeviceCounterConsumptionV1Beta1(y)),
        'nodeName': obj.nodeName,
        'nodeSelector': toJson_NodeSelector(obj.nodeSelector),
        'taints': obj.taints?.map(y => toJson_DeviceTaintV1Beta1(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_CounterV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'value': obj.value?.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_OpaqueDeviceConfigurationV1Beta2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'driver': obj.driver,
        'parameters': obj.parameters,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_CelDeviceSelectorV1Beta2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'expression': obj.expression,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceClaimConfigurationV1Beta2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'opaque': toJson_OpaqueDeviceConfigurationV1Beta2(obj.opaque),
        'requests': obj.requests?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceConstraintV1Beta2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchAttribute': obj.matchAttribute,
        'requests': obj.requests?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceRequestV1Beta2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exactly': toJson_ExactDeviceRequestV1Beta2(obj.exactly),
        'firstAvailable': obj.firstAvailable?.map(y => toJson_DeviceSubRequestV1Beta2(y)),
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceAttributeV1Beta2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'bool': obj.bool,
        'int': obj.int,
        'string': obj.string,
        'version': obj.version,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceCapacityV1Beta2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'value': obj.value?.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceCounterConsumptionV1Beta2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'counterSet': obj.counterSet,
        'counters': ((obj.counters) === undefined) ? undefined : (Object.entries(obj.counters).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_CounterV1Beta2(i[1]) }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceTaintV1Beta2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'effect': obj.effect,
        'key': obj.key,
        'timeAdded': obj.timeAdded?.toISOString(),
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_CounterV1Beta2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'value': obj.value?.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_VolumeNodeResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'count': obj.count,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_WebhookConversion(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientConfig': toJson_WebhookClientConfig(obj.clientConfig),
        'conversionReviewVersions': obj.conversionReviewVersions?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_CustomResourceColumnDefinition(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'description': obj.description,
        'format': obj.format,
        'jsonPath': obj.jsonPath,
        'name': obj.name,
        'priority': obj.priority,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_CustomResourceValidation(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'openAPIV3Schema': toJson_JsonSchemaProps(obj.openApiv3Schema),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_SelectableField(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'jsonPath': obj.jsonPath,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_CustomResourceSubresources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'scale': toJson_CustomResourceSubresourceScale(obj.scale),
        'status': obj.status,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_FieldSelectorRequirement(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HpaScalingPolicyV2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'periodSeconds': obj.periodSeconds,
        'type': obj.type,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_MetricTargetV2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'averageUtilization': obj.averageUtilization,
        'averageValue': obj.averageValue?.value,
        'type': obj.type,
        'value': obj.value?.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_MetricIdentifierV2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'selector': toJson_LabelSelector(obj.selector),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_PodFailurePolicyOnExitCodesRequirement(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'containerName': obj.containerName,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_PodFailurePolicyOnPodConditionsPattern(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'status': obj.status,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_PreferredSchedulingTerm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'preference': toJson_NodeSelectorTerm(obj.preference),
        'weight': obj.weight,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_WeightedPodAffinityTerm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'podAffinityTerm': toJson_PodAffinityTerm(obj.podAffinityTerm),
        'weight': obj.weight,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_PodAffinityTerm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_LabelSelector(obj.labelSelector),
        'matchLabelKeys': obj.matchLabelKeys?.map(y => y),
        'mismatchLabelKeys': obj.mismatchLabelKeys?.map(y => y),
        'namespaceSelector': toJson_LabelSelector(obj.namespaceSelector),
        'namespaces': obj.namespaces?.map(y => y),
        'topologyKey': obj.topologyKey,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_EnvVarSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMapKeyRef': toJson_ConfigMapKeySelector(obj.configMapKeyRef),
        'fieldRef': toJson_ObjectFieldSelector(obj.fieldRef),
        'resourceFieldRef': toJson_ResourceFieldSelector(obj.resourceFieldRef),
        'secretKeyRef': toJson_SecretKeySelector(obj.secretKeyRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ConfigMapEnvSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'optional': obj.optional,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_SecretEnvSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'optional': obj.optional,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_LifecycleHandler(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exec': toJson_ExecAction(obj.exec),
        'httpGet': toJson_HttpGetAction(obj.httpGet),
        'sleep': toJson_SleepAction(obj.sleep),
        'tcpSocket': toJson_TcpSocketAction(obj.tcpSocket),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExecAction(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'command': obj.command?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_GrpcAction(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'port': obj.port,
        'service': obj.service,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HttpGetAction(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'host': obj.host,
        'httpHeaders': obj.httpHeaders?.map(y => toJson_HttpHeader(y)),
        'path': obj.path,
        'port': obj.port?.value,
        'scheme': obj.scheme,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_TcpSocketAction(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'host': obj.host,
        'port': obj.port?.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_Capabilities(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'add': obj.add?.map(y => y),
        'drop': obj.drop?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_KeyToPath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'mode': obj.mode,
        'path': obj.path,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DownwardApiVolumeFile(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fieldRef': toJson_ObjectFieldSelector(obj.fieldRef),
        'mode': obj.mode,
        'path': obj.path,
        'resourceFieldRef': toJson_ResourceFieldSelector(obj.resourceFieldRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_PersistentVolumeClaimTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ObjectMeta(obj.metadata),
        'spec': toJson_PersistentVolumeClaimSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_VolumeProjection(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clusterTrustBundle': toJson_ClusterTrustBundleProjection(obj.clusterTrustBundle),
        'configMap': toJson_ConfigMapProjection(obj.configMap),
        'downwardAPI': toJson_DownwardApiProjection(obj.downwardApi),
        'secret': toJson_SecretProjection(obj.secret),
        'serviceAccountToken': toJson_ServiceAccountTokenProjection(obj.serviceAccountToken),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_QueuingConfiguration(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'handSize': obj.handSize,
        'queueLengthLimit': obj.queueLengthLimit,
        'queues': obj.queues,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ServiceBackendPort(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'number': obj.number,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HttpIngressPath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backend': toJson_IngressBackend(obj.backend),
        'path': obj.path,
        'pathType': obj.pathType,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_IpBlock(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cidr': obj.cidr,
        'except': obj.except?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceSubRequestV1Alpha3(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allocationMode': obj.allocationMode,
        'count': obj.count,
        'deviceClassName': obj.deviceClassName,
        'name': obj.name,
        'selectors': obj.selectors?.map(y => toJson_DeviceSelectorV1Alpha3(y)),
        'tolerations': obj.tolerations?.map(y => toJson_DeviceTolerationV1Alpha3(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceTolerationV1Alpha3(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'effect': obj.effect,
        'key': obj.key,
        'operator': obj.operator,
        'tolerationSeconds': obj.tolerationSeconds,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceAttributeV1Alpha3(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'bool': obj.bool,
        'int': obj.int,
        'string': obj.string,
        'version': obj.version,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceCounterConsumptionV1Alpha3(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'counterSet': obj.counterSet,
        'counters': ((obj.counters) === undefined) ? undefined : (Object.entries(obj.counters).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_CounterV1Alpha3(i[1]) }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_NodeSelectorRequirement(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceSubRequestV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allocationMode': obj.allocationMode,
        'count': obj.count,
        'deviceClassName': obj.deviceClassName,
        'name': obj.name,
        'selectors': obj.selectors?.map(y => toJson_DeviceSelectorV1Beta1(y)),
        'tolerations': obj.tolerations?.map(y => toJson_DeviceTolerationV1Beta1(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceTolerationV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'effect': obj.effect,
        'key': obj.key,
        'operator': obj.operator,
        'tolerationSeconds': obj.tolerationSeconds,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceAttributeV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'bool': obj.bool,
        'int': obj.int,
        'string': obj.string,
        'version': obj.version,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceCapacityV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'value': obj.value?.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceCounterConsumptionV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'counterSet': obj.counterSet,
        'counters': ((obj.counters) === undefined) ? undefined : (Object.entries(obj.counters).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_CounterV1Beta1(i[1]) }), {})),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceTaintV1Beta1(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'effect': obj.effect,
        'key': obj.key,
        'timeAdded': obj.timeAdded?.toISOString(),
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExactDeviceRequestV1Beta2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'adminAccess': obj.adminAccess,
        'allocationMode': obj.allocationMode,
        'count': obj.count,
        'deviceClassName': obj.deviceClassName,
        'selectors': obj.selectors?.map(y => toJson_DeviceSelectorV1Beta2(y)),
        'tolerations': obj.tolerations?.map(y => toJson_DeviceTolerationV1Beta2(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceSubRequestV1Beta2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allocationMode': obj.allocationMode,
        'count': obj.count,
        'deviceClassName': obj.deviceClassName,
        'name': obj.name,
        'selectors': obj.selectors?.map(y => toJson_DeviceSelectorV1Beta2(y)),
        'tolerations': obj.tolerations?.map(y => toJson_DeviceTolerationV1Beta2(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_JsonSchemaProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        '$ref': obj.ref,
        '$schema': obj.schema,
        'additionalItems': obj.additionalItems,
        'additionalProperties': obj.additionalProperties,
        'allOf': obj.allOf?.map(y => toJson_JsonSchemaProps(y)),
        'anyOf': obj.anyOf?.map(y => toJson_JsonSchemaProps(y)),
        'default': obj.default,
        'definitions': ((obj.definitions) === undefined) ? undefined : (Object.entries(obj.definitions).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_JsonSchemaProps(i[1]) }), {})),
        'dependencies': ((obj.dependencies) === undefined) ? undefined : (Object.entries(obj.dependencies).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'description': obj.description,
        'enum': obj.enum?.map(y => y),
        'example': obj.example,
        'exclusiveMaximum': obj.exclusiveMaximum,
        'exclusiveMinimum': obj.exclusiveMinimum,
        'externalDocs': toJson_ExternalDocumentation(obj.externalDocs),
        'format': obj.format,
        'id': obj.id,
        'items': obj.items,
        'maxItems': obj.maxItems,
        'maxLength': obj.maxLength,
        'maxProperties': obj.maxProperties,
        'maximum': obj.maximum,
        'minItems': obj.minItems,
        'minLength': obj.minLength,
        'minProperties': obj.minProperties,
        'minimum': obj.minimum,
        'multipleOf': obj.multipleOf,
        'not': toJson_JsonSchemaProps(obj.not),
        'nullable': obj.nullable,
        'oneOf': obj.oneOf?.map(y => toJson_JsonSchemaProps(y)),
        'pattern': obj.pattern,
        'patternProperties': ((obj.patternProperties) === undefined) ? undefined : (Object.entries(obj.patternProperties).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_JsonSchemaProps(i[1]) }), {})),
        'properties': ((obj.properties) === undefined) ? undefined : (Object.entries(obj.properties).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_JsonSchemaProps(i[1]) }), {})),
        'required': obj.required?.map(y => y),
        'title': obj.title,
        'type': obj.type,
        'uniqueItems': obj.uniqueItems,
        'x-kubernetes-embedded-resource': obj.xKubernetesEmbeddedResource,
        'x-kubernetes-int-or-string': obj.xKubernetesIntOrString,
        'x-kubernetes-list-map-keys': obj.xKubernetesListMapKeys?.map(y => y),
        'x-kubernetes-list-type': obj.xKubernetesListType,
        'x-kubernetes-map-type': obj.xKubernetesMapType,
        'x-kubernetes-preserve-unknown-fields': obj.xKubernetesPreserveUnknownFields,
        'x-kubernetes-validations': obj.xKubernetesValidations?.map(y => toJson_ValidationRule(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_CustomResourceSubresourceScale(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelectorPath': obj.labelSelectorPath,
        'specReplicasPath': obj.specReplicasPath,
        'statusReplicasPath': obj.statusReplicasPath,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ConfigMapKeySelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ObjectFieldSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'fieldPath': obj.fieldPath,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ResourceFieldSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'containerName': obj.containerName,
        'divisor': obj.divisor?.value,
        'resource': obj.resource,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_SecretKeySelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_SleepAction(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'seconds': obj.seconds,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_HttpHeader(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ClusterTrustBundleProjection(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_LabelSelector(obj.labelSelector),
        'name': obj.name,
        'optional': obj.optional,
        'path': obj.path,
        'signerName': obj.signerName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ConfigMapProjection(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'items': obj.items?.map(y => toJson_KeyToPath(y)),
        'name': obj.name,
        'optional': obj.optional,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DownwardApiProjection(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'items': obj.items?.map(y => toJson_DownwardApiVolumeFile(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_SecretProjection(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'items': obj.items?.map(y => toJson_KeyToPath(y)),
        'name': obj.name,
        'optional': obj.optional,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ServiceAccountTokenProjection(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audience': obj.audience,
        'expirationSeconds': obj.expirationSeconds,
        'path': obj.path,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_DeviceTolerationV1Beta2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'effect': obj.effect,
        'key': obj.key,
        'operator': obj.operator,
        'tolerationSeconds': obj.tolerationSeconds,
        'value': obj.value,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ExternalDocumentation(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'description': obj.description,
        'url': obj.url,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
export function toJson_ValidationRule(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fieldPath': obj.fieldPath,
        'message': obj.message,
        'messageExpression': obj.messageExpression,
        'optionalOldSelf': obj.optionalOldSelf,
        'reason': obj.reason,
        'rule': obj.rule,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
