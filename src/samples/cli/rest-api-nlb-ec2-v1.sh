#!/usr/bin/env bash
# Legacy: REST API -> VPC link V1 -> internal Network Load Balancer -> EC2 Auto Scaling group.
#
# For APIs that already use a VPC link V1. AWS recommends VPC links V2 for new REST APIs (see
# rest-api-alb-ecs.sh), so use this only to understand or reproduce an existing setup. Builds the
# security groups, the NLB, the V1 link and the REST API. The instances come from your own launch
# template and Auto Scaling group (Amazon Linux 2023 serving HTTP on port 80). Run it with AWS
# CLI v2 and credentials for the API account.
set -euo pipefail

# ---- Your values ------------------------------------------------------------------------------
# Placeholders: replace them. The VPC and its private subnets must exist already; use the
# subnets your Auto Scaling group launches into, in more than one Availability Zone.
REGION=us-east-1
VPC_ID=vpc-0123456789abcdef0
SUBNET_IDS=(subnet-0aaaaaaaaaaaaaaa1 subnet-0bbbbbbbbbbbbbbb2)
NAME=orders

# Every command below goes to this Region.
export AWS_DEFAULT_REGION="$REGION"

# ---- 1. Security groups -----------------------------------------------------------------------
# A V1 link has no security group of its own: it reaches the NLB through an endpoint service
# (AWS PrivateLink) that API Gateway creates for it. The NLB gets a group so that the instances
# can admit the NLB and nothing else; new groups allow all outbound traffic.
NLB_SG=$(aws ec2 create-security-group \
	--group-name "$NAME-nlb" \
	--description "Internal NLB for $NAME" \
	--vpc-id "$VPC_ID" \
	--query GroupId --output text)
# Give this group to the instances in your launch template.
INSTANCE_SG=$(aws ec2 create-security-group \
	--group-name "$NAME-instances" \
	--description "EC2 instances of $NAME" \
	--vpc-id "$VPC_ID" \
	--query GroupId --output text)

# Traffic and health checks both use port 80 on the instances.
aws ec2 authorize-security-group-ingress \
	--group-id "$INSTANCE_SG" \
	--ip-permissions "IpProtocol=tcp,FromPort=80,ToPort=80,UserIdGroupPairs=[{GroupId=$NLB_SG}]" >/dev/null

# ---- 2. Internal NLB, target group and listener -----------------------------------------------
NLB_ARN=$(aws elbv2 create-load-balancer \
	--name "$NAME-nlb" \
	--type network \
	--scheme internal \
	--subnets "${SUBNET_IDS[@]}" \
	--security-groups "$NLB_SG" \
	--query 'LoadBalancers[0].LoadBalancerArn' --output text)

# API Gateway's guide for V1 links says to turn off inbound-rule evaluation for PrivateLink
# traffic on the NLB (the link's requests arrive through the endpoint service), and not to rely
# on API Gateway's address ranges, which change. So the NLB's group needs no inbound rule.
# Health checks are not affected: only outbound rules apply to them.
aws elbv2 set-security-groups \
	--load-balancer-arn "$NLB_ARN" \
	--security-groups "$NLB_SG" \
	--enforce-security-group-inbound-rules-on-private-link-traffic off >/dev/null

TG_ARN=$(aws elbv2 create-target-group \
	--name "$NAME-instances" \
	--protocol TCP \
	--port 80 \
	--vpc-id "$VPC_ID" \
	--target-type instance \
	--health-check-protocol HTTP \
	--health-check-path / \
	--query 'TargetGroups[0].TargetGroupArn' --output text)

aws elbv2 create-listener \
	--load-balancer-arn "$NLB_ARN" \
	--protocol TCP \
	--port 80 \
	--default-actions "Type=forward,TargetGroupArn=$TG_ARN" >/dev/null

aws elbv2 wait load-balancer-available --load-balancer-arns "$NLB_ARN"

# ---- 3. The instances --------------------------------------------------------------------------
# Attach the target group to your Auto Scaling group (EC2 Auto Scaling's AttachTrafficSources
# API, or the group's target group setting when you create it). Its launch template must put the
# instances in the subnets above with the security group created in step 1.
echo "Attach target group $TG_ARN to your Auto Scaling group;"
echo "its launch template must use security group $INSTANCE_SG. Waiting for healthy targets..."

# Returns when every registered instance passes its health check. It gives up after 40 checks,
# 15 seconds apart, which stops the script: attach the group within those ten minutes.
aws elbv2 wait target-in-service --target-group-arn "$TG_ARN"

# ---- 4. VPC link V1 ----------------------------------------------------------------------------
#region vpc-link
# A V1 link takes the NLB's ARN, and it must belong to the same account as the API. Creating it
# also creates that endpoint service, so the caller needs permission to manage VPC endpoint
# services as well as API Gateway.
VPC_LINK_ID=$(aws apigateway create-vpc-link \
	--name "$NAME-link-v1" \
	--target-arns "$NLB_ARN" \
	--query id --output text)
#endregion

# A V1 link usually takes a few minutes to become AVAILABLE. There is no waiter, so poll.
while :; do
	LINK_STATUS=$(aws apigateway get-vpc-link \
		--vpc-link-id "$VPC_LINK_ID" \
		--query status --output text)
	case "$LINK_STATUS" in
		AVAILABLE) break ;;
		PENDING) sleep 15 ;;
		*) echo "VPC link $VPC_LINK_ID is $LINK_STATUS" >&2; exit 1 ;;
	esac
done

# ---- 5. REST API, resources, methods and integrations ------------------------------------------
REST_API_ID=$(aws apigateway create-rest-api \
	--name "$NAME-rest-api" \
	--endpoint-configuration '{"types":["REGIONAL"]}' \
	--query id --output text)

ROOT_ID=$(aws apigateway get-resources \
	--rest-api-id "$REST_API_ID" \
	--query 'items[?path==`/`].id' --output text)
PROXY_ID=$(aws apigateway create-resource \
	--rest-api-id "$REST_API_ID" \
	--parent-id "$ROOT_ID" \
	--path-part '{proxy+}' \
	--query id --output text)

# With a V1 link the connection ID alone decides which NLB receives the request: there is no
# integration target. The uri supplies the scheme, port, Host header and path template; the NLB's
# DNS name is a natural choice of host.
NLB_DNS=$(aws elbv2 describe-load-balancers \
	--load-balancer-arns "$NLB_ARN" \
	--query 'LoadBalancers[0].DNSName' --output text)

aws apigateway put-method \
	--rest-api-id "$REST_API_ID" \
	--resource-id "$ROOT_ID" \
	--http-method ANY \
	--authorization-type NONE >/dev/null
aws apigateway put-integration \
	--rest-api-id "$REST_API_ID" \
	--resource-id "$ROOT_ID" \
	--http-method ANY \
	--type HTTP_PROXY \
	--integration-http-method ANY \
	--connection-type VPC_LINK \
	--connection-id "$VPC_LINK_ID" \
	--uri "http://$NLB_DNS/" >/dev/null

aws apigateway put-method \
	--rest-api-id "$REST_API_ID" \
	--resource-id "$PROXY_ID" \
	--http-method ANY \
	--authorization-type NONE \
	--request-parameters '{"method.request.path.proxy":true}' >/dev/null
aws apigateway put-integration \
	--rest-api-id "$REST_API_ID" \
	--resource-id "$PROXY_ID" \
	--http-method ANY \
	--type HTTP_PROXY \
	--integration-http-method ANY \
	--connection-type VPC_LINK \
	--connection-id "$VPC_LINK_ID" \
	--uri "http://$NLB_DNS/{proxy}" \
	--request-parameters '{"integration.request.path.proxy":"method.request.path.proxy"}' >/dev/null

# ---- 6. Deployment and stage -------------------------------------------------------------------
# A deployment publishes the API and creates the stage "prod". It would wait for a PENDING link
# by itself; polling the link first makes a FAILED link stop the script with a clear message.
aws apigateway create-deployment \
	--rest-api-id "$REST_API_ID" \
	--stage-name prod >/dev/null

# ---- 7. Test -----------------------------------------------------------------------------------
# AWS's private-integration page says a REST API keeps the stage in the path it sends to a private
# integration; the uris above build the backend path from their own templates instead ("/" and
# "/{proxy}"). Check what the web server receives in its access log (or in the stage's execution
# log, line "Endpoint request URI") rather than assume either. Any answer from your web server,
# even a 404 page, shows the request crossed the link and the NLB; an error from API Gateway
# means it did not.
INVOKE_URL="https://$REST_API_ID.execute-api.$REGION.amazonaws.com/prod"
echo "Calling $INVOKE_URL/"
curl --silent --show-error --write-out '\nHTTP status %{http_code}\n' "$INVOKE_URL/"

# ---- Clean up ----------------------------------------------------------------------------------
# Deletes what this script created, newest first. Detach the target group from your Auto Scaling
# group first. To use it, remove the "#" in front of the last line.
delete_security_group() {
	# A deleted load balancer releases its network interfaces a little later; until then the
	# group is still in use, so try again for a few minutes.
	for attempt in 1 2 3 4 5 6 7 8 9 10; do
		if aws ec2 delete-security-group --group-id "$1" 2>/dev/null; then
			return 0
		fi
		echo "Security group $1 is still in use (attempt $attempt); retrying in 30 seconds." >&2
		sleep 30
	done
	return 1
}

cleanup() {
	aws apigateway delete-rest-api --rest-api-id "$REST_API_ID"
	# Delete the link first and wait until it is gone: it owns the endpoint service in front of
	# the NLB.
	aws apigateway delete-vpc-link --vpc-link-id "$VPC_LINK_ID"
	while aws apigateway get-vpc-link --vpc-link-id "$VPC_LINK_ID" >/dev/null 2>&1; do
		sleep 15
	done
	aws elbv2 delete-load-balancer --load-balancer-arn "$NLB_ARN"
	aws elbv2 wait load-balancers-deleted --load-balancer-arns "$NLB_ARN"
	aws elbv2 delete-target-group --target-group-arn "$TG_ARN"
	delete_security_group "$INSTANCE_SG"
	delete_security_group "$NLB_SG"
}

# cleanup
